// read-anki.mjs reads an Anki package with the npm package anki-reader, an
// implementation independent of flashmark (zip.js for the zip, sql.js for
// the SQLite collection), and prints what it sees as JSON:
//
//   {"decks": [{"id", "name", "cards": [{"id", "noteId", "modelId", "fields", "named"}]}],
//    "models": [...ids], "media": {"name": size}}
//
// Usage: node read-anki.mjs NODE_MODULES PACKAGE.apkg
// NODE_MODULES is the node_modules directory holding anki-reader; it is
// given explicitly because an ES module does not look in NODE_PATH.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [nodeModules, file] = process.argv.slice(2);
if (!nodeModules || !file) {
  console.error('usage: node read-anki.mjs NODE_MODULES PACKAGE.apkg');
  process.exit(2);
}
const require = createRequire(join(nodeModules, 'resolve-from-here.js'));
const reader = await import(pathToFileURL(require.resolve('anki-reader')).href);

const bytes = await readFile(file);
const { collection, media } = await reader.readAnkiPackage(new Blob([bytes]));

const out = { decks: [], models: Object.keys(collection.getModels()).sort(), media: {} };
for (const deck of Object.values(collection.getDecks())) {
  const cards = Object.values(deck.getCards()).map((c) => ({
    id: String(c.getId()),
    noteId: String(c.getNoteId()),
    modelId: String(c.getModelId()),
    // The raw fields, and the fields by name as the reader maps them with
    // the note type.
    fields: c.getRawFields().split('\x1f'),
    named: c.getFields(),
  }));
  out.decks.push({ id: String(deck.getId()), name: deck.getName(), cards });
}
for (const [name, blob] of Object.entries(media)) {
  out.media[name] = blob.size;
}
process.stdout.write(JSON.stringify(out));

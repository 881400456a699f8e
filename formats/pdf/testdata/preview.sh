#!/bin/sh
# preview.sh makes the README's preview images of the three PDF layouts
# from the reference notes: a page of each, as PNG, in docs/images.
# Run it from the module root; it needs pdftoppm (Debian: poppler-utils).
# pngsmall then gives each image a palette, to keep the files small.
set -eu
notes=formats/pdf/testdata/kubernetes-interview-notes.md
out=docs/images
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

go run ./examples/pdf -in "$notes" -o "$tmp/guide.pdf" >/dev/null
go run ./examples/cheatsheet -in "$notes" -o "$tmp/cheatsheet.pdf" >/dev/null
go run ./examples/cheatsheet -layout cards -in "$notes" -o "$tmp/cards.pdf" >/dev/null

# page: PDF, page number, output name, width in pixels
page() {
	pdftoppm -png -f "$2" -l "$2" -scale-to-x "$4" -scale-to-y -1 "$tmp/$1.pdf" "$tmp/$3"
	mv "$tmp/$3"-*.png "$out/$3.png"
	go run ./formats/pdf/testdata/pngsmall "$out/$3.png"
}
page cheatsheet 1 pdf-cheatsheet 1000
page cards 1 pdf-cards 560
page cards 2 pdf-cards-back 560
page guide 5 pdf-guide 560
ls -l "$out"/pdf-*.png

#!/bin/sh
# subset.sh regenerates the embedded font subsets of this directory.
#
# Inputs (not committed): the TrueType build of Noto Sans SC from the npm
# package @expo-google-fonts/noto-sans-sc 0.4.3 (pass the unpacked package
# directory, or nothing to fetch it with `npm pack` into a temporary
# directory). Needs pyftsubset (Debian: fonttools) and python3. (Go Mono,
# the code face, comes from the module golang.org/x/image as it is.)
#
#	formats/pdf/fonts/subset.sh [path/to/package]
#
# The subset keeps GB 2312 (the 6,763 common simplified ideographs and its
# symbols), Latin, Greek and Cyrillic, general punctuation, CJK and
# full-width punctuation, arrows, mathematical operators, box drawing and
# geometric shapes (U+25A1 is the box shown for a character no font has).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
pkg=${1:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -z "$pkg" ]; then
	(cd "$tmp" && npm pack --silent @expo-google-fonts/noto-sans-sc@0.4.3 >/dev/null && tar xzf ./*.tgz)
	pkg=$tmp/package
fi

# Every character of GB 2312, as U+XXXX lines.
python3 - >"$tmp/unicodes.txt" <<'PY'
seen = set()
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            s = bytes([hi, lo]).decode("gb2312")
        except UnicodeDecodeError:
            continue
        seen.add(ord(s))
for cp in sorted(seen):
    print("U+%04X" % cp)
PY

ranges='U+0020-007E,U+00A0-024F,U+02B0-02FF,U+0300-036F,U+0370-03FF,U+0400-04FF'
ranges=$ranges',U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-218F,U+2190-21FF'
ranges=$ranges',U+2200-22FF,U+2300-23FF,U+2460-24FF,U+2500-257F,U+25A0-25FF'
ranges=$ranges',U+2600-26FF,U+2700-27BF,U+3000-303F,U+3040-30FF,U+3200-32FF'
ranges=$ranges',U+FE30-FE4F,U+FF00-FFEF'

subset() { # source, destination
	pyftsubset "$1" --output-file="$2" \
		--unicodes-file="$tmp/unicodes.txt" --unicodes="$ranges" \
		--layout-features='' --no-hinting --drop-tables+=GSUB,GPOS,GDEF,vhea,vmtx,VORG,DSIG \
		--name-IDs='*' --name-languages='*' --notdef-outline --recalc-bounds
}
subset "$pkg/400Regular/NotoSansSC_400Regular.ttf" "$here/NotoSansSC-Regular-subset.ttf"
subset "$pkg/700Bold/NotoSansSC_700Bold.ttf" "$here/NotoSansSC-Bold-subset.ttf"
cp "$pkg/LICENSE_FONT" "$here/OFL.txt"

ls -l "$here"/*.ttf

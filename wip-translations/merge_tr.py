"""Fill vcdesk_id.ts from /tmp/vcdesk_tr/*.json (entries win over what is there), then sweep
the Indonesian for one spelling of the glossary's terms."""
import glob, json, re, sys
import xml.etree.ElementTree as ET
path = sys.argv[1]
table = {}
for f in sorted(glob.glob('/tmp/vcdesk_tr/*.json')):
    for e in json.load(open(f)):
        table[(e['context'], e['source'])] = e['translation']
tree = ET.parse(path)
done = set()
SWEEP = [
    (r"\bMbps\b", "Mbit/s"),
    (r"\bprofil ruang\b(?!an)", "profil ruangan"),
    (r"\bProfil ruang\b(?!an)", "Profil ruangan"),
    (r"\bruang ini\b", "ruangan ini"),
    (r"\bRuang ini\b", "Ruangan ini"),
    (r"\bPC ini\b", "komputer ini"),
    (r"&gt;=|>=", "≥"),
    (r"&lt;=|<=", "≤"),
]
swept = 0
for ctx in tree.iter("context"):
    name = ctx.findtext("name")
    for m in ctx.iter("message"):
        t = m.find("translation")
        if t is None:
            continue
        key = (name, m.findtext("source"))
        if key in table and t.get("type") in (None, "unfinished"):
            t.text = table[key]
            t.attrib.pop("type", None)
            done.add(key)
        if t.text and t.get("type") is None:
            new = t.text
            for a, b in SWEEP:
                new = re.sub(a, b, new)
            if new != t.text:
                swept += 1
                t.text = new
tree.write(path, encoding="utf-8", xml_declaration=True)
body = open(path, encoding="utf-8").read()
if "<!DOCTYPE TS>" not in body:
    body = body.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    open(path, "w", encoding="utf-8").write(body)
missing = [k for k in table if k not in done]
print("filled", len(done), "swept", swept, "not found", len(missing))
for k in missing[:40]:
    print("  not found:", k)
left = [(c.findtext('name'), m.findtext('source')) for c in tree.iter('context') for m in c.iter('message') if m.find('translation') is not None and m.find('translation').get('type') == 'unfinished']
print("unfinished", len(left))
for k in left[:80]:
    print("  unfinished:", k)

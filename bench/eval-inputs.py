#!/usr/bin/env python3
"""Writes the JSONL inputs that ../shared/eval/score.py builds in temporary files, so that the
extraction output on the dev sets can be kept and compared byte for byte (`cmp`) across changes:

    python3 bench/eval-inputs.py OUTDIR      # gva, acled-kenya, acled-global, case, provenance
    bench/extract-snapshot.sh OUTDIR SNAPDIR # runs `extract --format jsonl` on each, bundled and not

The records are made by the same code as score.py's (its helpers are imported, not copied), so an
input here is the input the scorer gives the CLI. Needs ../shared/eval; nothing else reads this.
"""
import csv, calendar, hashlib, importlib.util, json, os, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.join(HERE, "..", "..", "shared", "eval")


def load_score():
    spec = importlib.util.spec_from_file_location("score", os.path.join(EVAL, "score.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def gva():
    incidents = {}
    for line in open(os.path.join(EVAL, "gva", "incidents.jsonl")):
        r = json.loads(line)
        incidents[r["incident_id"]] = r
    docs = [json.loads(l) for l in open(os.path.join(EVAL, "gva", "documents.jsonl"))]
    return [{"id": d["id"], "title": d["title"], "text": d["text"], "published": d["published"]} for d in docs if d["incident_id"] in incidents]


def acled(score, path):
    rows = [r for r in csv.DictReader(open(path, encoding="utf-8")) if not (r.get("event_type") or "").startswith("#")]
    rows = [r for r in rows if r.get("notes")]
    recs = []
    for i, r in enumerate(rows):
        day = score.acled_date(r["event_date"])
        lag = int(hashlib.sha1(r["notes"].encode()).hexdigest(), 16) % 3
        pub = time.strftime("%Y-%m-%d", time.gmtime(calendar.timegm(time.strptime(day, "%Y-%m-%d")) + lag * 86400)) if day else None
        recs.append({"id": str(i), "text": r["notes"], "published": pub})
    return recs


def case():
    rows = list(csv.reader(open(os.path.join(EVAL, "case2021", "snippets.tsv")), delimiter="\t"))[1:]
    return [{"id": r[0], "text": r[1]} for r in rows]


def provenance():
    arts = [json.loads(l) for l in open(os.path.join(EVAL, "provenance", "articles.jsonl"))]
    return [{"id": x["id"], "title": x["title"], "text": x["text"], "published": (x.get("published") or "")[:10] or None,
             "outlet": x.get("outlet")} for x in arts]


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: eval-inputs.py OUTDIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    score = load_score()
    sets = {
        "gva": gva(),
        "acled-kenya": acled(score, os.path.join(EVAL, "acled", "kenya-2004-2019.csv")),
        "acled-global": acled(score, os.path.join(EVAL, "acled-more", "global-2020-dev-countries.csv")),
        "case": case(),
        "provenance": provenance(),
    }
    for name, recs in sets.items():
        with open(os.path.join(out, name + ".jsonl"), "w") as f:
            for r in recs:
                f.write(json.dumps(r) + "\n")
        print(f"{name}: {len(recs)} records")


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""Fits the role model's weights (src/lexicon/roles.json) from the dev data, and cross-validates it.

The features are argmap's own: `argmap parse` reports each candidate unit's non-zero features
(JSON role_model.features); they do not depend on the weights, so one parse per text serves every
fit. Labels come from the gold annotations:
  microtexts  the unit holding the central claim (tests/eval/microtexts.py's reading);
  essays      per unit, the strongest gold component it holds: MajorClaim, else Claim, else Premise.
Two decisions, plain Python, deterministic (fixed iteration count, no randomness):
  major  a softmax over a text's candidates (log-linear ranking), L2-regularised; in an essay
         over the introduction's and over the conclusion's, since the thesis is stated in one
         and restated in the other (and argmap takes the best of each);
  claim  logistic regression, claim against premise, over the essays' units that hold a component
         and no major claim.
Then the second-thesis margin: the one of MARGINS that gives the training essays' major claims
the best F1 when a part's runner-up within it of the part's best states the thesis too.
Weights listed under "fixed" in the current file are priors for forms the data does not show
(a titled essay divided by headings); the fit keeps them.

Usage:
  fit_roles.py ARGMAP MICROTEXT_DIR ESSAY_DIR --write src/lexicon/roles.json   fit on everything
                                                                               but the essays' dev split
  fit_roles.py ARGMAP MICROTEXT_DIR ESSAY_DIR --cv [--min-folds]                5-fold cross-validation:
      each fold's weights are fitted on the other four folds of both corpora, written to a
      temporary --lexicon directory, and the binary is run on the held-out fold. With
      --min-folds it exits 1 when a fold does not beat its baseline.
"""
import argparse
import json
import math
import pathlib
import shutil
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import essays  # noqa: E402
import microtexts  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
ROLES = ROOT / "src" / "lexicon" / "roles.json"
FOLDS = 5
ITERATIONS = 500
L2 = {"major": 0.005, "claim": 0.005}
STEP = 0.1


def model_units(version):
    return [(i, u["role_model"]["features"]) for i, u in enumerate(version["units"])
            if "role_model" in u]


def microtext_example(argmap, txt):
    """(units' features, gold central unit indices) of one microtext."""
    edus, central, _, _ = microtexts.gold_graph(txt.with_suffix(".xml"))
    version = essays.parse(argmap, txt)
    ranges = microtexts.locate(txt.read_bytes(), edus)
    unit = {e: microtexts.unit_of(r, version["units"]) for e, r in ranges.items() if r}
    gold = {unit[e] for e in central if e in unit}
    return {"units": model_units(version), "major": gold, "classes": {}}


RANK = {"MajorClaim": 3, "Claim": 2, "Premise": 1}


def essay_example(argmap, txt):
    components = json.loads(txt.with_name(txt.stem + ".gold.json").read_text(encoding="utf-8"))
    version = essays.parse(argmap, txt)
    classes = {}
    for c, span in zip(components, essays.locate(txt.read_bytes(), components)):
        u = essays.unit_of(span, version["units"]) if span else None
        if u is not None and RANK[c["type"]] > RANK.get(classes.get(u), 0):
            classes[u] = c["type"]
    major = {u for u, c in classes.items() if c == "MajorClaim"}
    return {"units": model_units(version), "major": major, "classes": classes}


def is_essay(example):
    """Whether argmap read the text as an essay (its units have an introduction)."""
    return any(f.get("intro") for _, f in example["units"])


def major_groups(example):
    """Ranking groups: (features of each candidate, is-thesis flags, with a null option).

    A short text's candidates are one group with its thesis among them. An essay's introduction
    and conclusion are a group each, with a null option of score zero, the target when the part
    states no thesis: argmap keeps a part's best candidate only when it scores above zero."""
    units = example["units"]
    if not is_essay(example):
        flags = [i in example["major"] for i, _ in units]
        return [([f for _, f in units], flags, False)] if any(flags) else []
    out = []
    for part in ("intro", "conclusion"):
        g = [(i, f) for i, f in units if f.get(part)]
        if g:
            out.append(([f for _, f in g], [i in example["major"] for i, _ in g], True))
    return out


def claim_rows(example):
    rows = []
    for i, f in example["units"]:
        c = example["classes"].get(i)
        if c in ("Claim", "Premise"):
            rows.append((f, c == "Claim"))
    return rows


def dot(w, f):
    return sum(w.get(k, 0.0) * v for k, v in f.items())


class Adam:
    def __init__(self):
        self.m, self.v, self.t = {}, {}, 0

    def step(self, w, grad, fixed):
        self.t += 1
        for k, g in grad.items():
            if k in fixed:
                continue
            self.m[k] = 0.9 * self.m.get(k, 0.0) + 0.1 * g
            self.v[k] = 0.999 * self.v.get(k, 0.0) + 0.001 * g * g
            m = self.m[k] / (1 - 0.9 ** self.t)
            v = self.v[k] / (1 - 0.999 ** self.t)
            w[k] = w.get(k, 0.0) - STEP * m / (math.sqrt(v) + 1e-8)


def add_l2(grad, w, l2, fixed):
    for k, x in w.items():
        if k not in fixed:
            grad[k] = grad.get(k, 0.0) + l2 * x


def fit_major(groups, start, fixed):
    w = dict(start)
    opt = Adam()
    n = max(1, len(groups))
    for _ in range(ITERATIONS):
        grad = {}
        for feats, flags, null in groups:
            scores = [dot(w, f) for f in feats]
            top = max(scores + [0.0] if null else scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps) + (math.exp(-top) if null else 0.0)
            target = 1.0 / sum(flags) if any(flags) else 0.0
            for f, e, is_major in zip(feats, exps, flags):
                delta = (e / total - (target if is_major else 0.0)) / n
                for k, v in f.items():
                    grad[k] = grad.get(k, 0.0) + delta * v
        add_l2(grad, w, L2["major"], fixed)
        opt.step(w, grad, fixed)
    return w


def fit_claim(rows, start, fixed):
    w = dict(start)
    opt = Adam()
    n = max(1, len(rows))
    for _ in range(ITERATIONS):
        grad = {}
        for f, is_claim in rows:
            s = max(-30.0, min(30.0, dot(w, f)))
            delta = (1 / (1 + math.exp(-s)) - is_claim) / n
            for k, v in f.items():
                grad[k] = grad.get(k, 0.0) + delta * v
        add_l2(grad, w, L2["claim"], fixed)
        opt.step(w, grad, fixed)
    return w


MARGINS = [0.25 * k for k in range(9)]  # 0 .. 2: the second-thesis margins tried


def essay_theses(example, w, margin):
    """The units argmap makes major claims in an essay (graph.cc's choose_theses), by weights w:
    the better of the introduction's and the conclusion's best, the other when above zero, and
    each one's runner-up when above zero and within margin of it."""
    score = {i: dot(w, f) for i, f in example["units"]}
    parts = [[i for i, f in example["units"] if f.get(p)] for p in ("intro", "conclusion")]
    if not all(parts):
        return set()
    best = [max(p, key=lambda i: (score[i], -i)) for p in parts]
    first = 0 if score[best[0]] >= score[best[1]] else 1
    chosen = [(best[first], parts[first])]
    if score[best[1 - first]] > 0:
        chosen.append((best[1 - first], parts[1 - first]))
    out = {b for b, _ in chosen}
    for b, part in chosen:
        rest = [i for i in part if i != b]
        if rest:
            second = max(rest, key=lambda i: (score[i], -i))
            if score[second] > 0 and score[b] - score[second] < margin:
                out.add(second)
    return out


def choose_margin(examples, w):
    """The margin with the best major-claim F1 over the training essays (the smallest of ties)."""
    essays_ex = [e for e in examples if is_essay(e)]
    best, best_f1 = 0.0, -1.0
    for margin in MARGINS:
        tp = fp = fn = 0
        for e in essays_ex:
            pred = essay_theses(e, w, margin)
            tp += len(pred & e["major"])
            fn += len(e["major"] - pred)
            fp += len({u for u in pred if u in e["classes"]} - e["major"])
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 > best_f1 + 1e-9:
            best, best_f1 = margin, f1
    return best


def fit(examples, current):
    """New weights for both decisions from the examples; fixed weights carried over."""
    out = {}
    groups = [g for e in examples for g in major_groups(e)]
    rows = [r for e in examples for r in claim_rows(e)]
    for name, data, fitter in (("major", groups, fit_major), ("claim", rows, fit_claim)):
        fixed = set(current[name]["fixed"])
        start = {k: v for k, v in current[name]["weights"].items() if k in fixed}
        w = fitter(data, start, fixed)
        out[name] = {"fixed": sorted(fixed),
                     "weights": {k: round(v, 4) for k, v in sorted(w.items()) if round(v, 4)}}
    out["second_thesis_margin"] = choose_margin(examples, out["major"]["weights"])
    return out


def weights_file(current, fitted, note):
    return {"description": current["description"], "fit": note,
            "second_thesis_margin": fitted["second_thesis_margin"],
            "major": fitted["major"], "claim": fitted["claim"]}


def load(argmap, micro_dir, essay_dir):
    micro = sorted(micro_dir.glob("micro_*.txt"))
    train = essays.essays_of(essay_dir / "train")
    return ([microtext_example(argmap, t) for t in micro], micro,
            [essay_example(argmap, t) for t in train], train)


def lexicon_dir(tmp, roles):
    for lang in ("zh", "en"):
        shutil.copy(ROOT / "src" / "lexicon" / f"{lang}.json", tmp / f"{lang}.json")
    (tmp / "roles.json").write_text(json.dumps(roles, indent=1), encoding="utf-8")


def micro_fold(argmap, texts, lexicon):
    tally = microtexts.Tally()
    for txt in texts:
        microtexts.evaluate_text(argmap, txt, tally, lexicon)
    return tally


def cross_validate(args, current):
    micro_ex, micro, essay_ex, train = load(args.argmap, args.microtexts, args.essays)
    print("5-fold cross-validation: each fold's weights fitted on the other four folds")
    print("fold   micro  central  first-1  attack-F1   essays  MC-F1  macro   base-MC base-macro")
    beaten, totals = True, {"central": [], "attack": [], "mc": [], "macro": []}
    for k in range(FOLDS):
        keep = [e for i, e in enumerate(micro_ex) if i % FOLDS != k]
        keep += [e for i, e in enumerate(essay_ex) if essays.fold_of(i) != k]
        fitted = fit(keep, current)
        with tempfile.TemporaryDirectory() as tmp:
            lexicon_dir(pathlib.Path(tmp), weights_file(current, fitted, {}))
            m = micro_fold(args.argmap, [t for i, t in enumerate(micro) if i % FOLDS == k], tmp)
            ours, base = essays.evaluate(
                args.argmap, [t for i, t in enumerate(train) if essays.fold_of(i) == k], tmp)
        central, first = m.central / m.texts, m.first / m.texts
        print(f"{k + 1:4d}  {m.texts:6d}  {central:7.3f}  {first:7.3f}  {m.prf('attack')[2]:9.3f}"
              f"   {len(ours.pairs):6d}  {ours.f1('MajorClaim'):5.3f}  {ours.macro():5.3f}"
              f"   {base.f1('MajorClaim'):7.3f} {base.macro():7.3f}")
        beaten &= central > first and ours.f1("MajorClaim") > base.f1("MajorClaim") \
            and ours.macro() > base.macro()
        for key, x in (("central", central), ("attack", m.prf("attack")[2]),
                       ("mc", ours.f1("MajorClaim")), ("macro", ours.macro())):
            totals[key].append(x)
    mean = {k: sum(v) / len(v) for k, v in totals.items()}
    print(f"mean          {mean['central']:7.3f}           {mean['attack']:9.3f}"
          f"             {mean['mc']:5.3f}  {mean['macro']:5.3f}")
    print("every fold beats its baseline" if beaten else "a fold does not beat its baseline")
    if args.min_folds and not beaten:
        sys.exit("fit_roles.py: a cross-validation fold is below its baseline")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("argmap")
    ap.add_argument("microtexts", type=pathlib.Path)
    ap.add_argument("essays", type=pathlib.Path)
    ap.add_argument("--write", type=pathlib.Path)
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--min-folds", action="store_true")
    args = ap.parse_args()
    current = json.loads(ROLES.read_text(encoding="utf-8"))
    if args.cv:
        cross_validate(args, current)
    if args.write:
        micro_ex, micro, essay_ex, train = load(args.argmap, args.microtexts, args.essays)
        note = {"data": [f"microtexts-en: {len(micro)} texts", f"pe-essays-en/train: {len(train)}"
                         " essays (dev held out)"],
                "iterations": ITERATIONS, "l2": L2, "optimiser": "Adam, step " + str(STEP)}
        fitted = fit(micro_ex + essay_ex, current)
        args.write.write_text(json.dumps(weights_file(current, fitted, note), indent=2,
                                         ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {args.write}")


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""The layering of src/: no circle between components and no stage reaching into a writer.

A component is a header with its source (foo.h + foo.cc); it depends on every component whose
header it includes. Fails, naming the files, when
  - components depend on each other in a circle (foo.cc includes bar.h, bar.h includes foo.h);
  - a file outside src/argmap/export/ and src/cli/ includes a header of src/argmap/export/
    (the checks and stages know no output format).

Usage: include_check.py SRC_DIR
"""
import pathlib
import re
import sys

INCLUDE = re.compile(r'^#include "([^"]+)"', re.M)


def components(src):
    """Component name -> the component names its files include (tests left out)."""
    files = [p for p in src.rglob("*") if p.suffix in (".h", ".cc") and
             not p.name.endswith("_test.cc")]
    headers = {str(p.relative_to(src).with_suffix("")) for p in files if p.suffix == ".h"}
    graph, includes = {}, {}
    for p in files:
        name = str(p.relative_to(src).with_suffix(""))
        found = INCLUDE.findall(p.read_text(encoding="utf-8"))
        includes[str(p.relative_to(src))] = found
        deps = graph.setdefault(name, set())
        deps.update(d for d in (f.rsplit(".", 1)[0] for f in found) if d in headers and d != name)
    return graph, includes


def circles(graph):
    """The strongly connected components of more than one node (Tarjan, without recursion)."""
    index, low, on_stack, stack, out, counter = {}, {}, set(), [], [], [0]
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter[0]
        counter[0] += 1
        stack.append(root), on_stack.add(root)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter[0]
                    counter[0] += 1
                    stack.append(child), on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        out.append(sorted(group))
    return out


def main():
    src = pathlib.Path(sys.argv[1])
    graph, includes = components(src)
    problems = [f"circle between components: {' <-> '.join(c)}" for c in circles(graph)]
    for path, found in sorted(includes.items()):
        if path.startswith(("argmap/export/", "cli/")):
            continue
        for header in found:
            if header.startswith("argmap/export/"):
                problems.append(f"src/{path} includes the writer header {header}")
    for p in problems:
        print(p, file=sys.stderr)
    print(f"{len(graph)} components, {len(problems)} layering problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

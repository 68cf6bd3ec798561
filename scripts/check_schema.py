#!/usr/bin/env python3
"""Checks the generated JSON Schema with a real validator (python-jsonschema, draft 2020-12):
the schema itself is valid, every bundled scenario and the `new` starter validate against it,
and a broken scenario does not. Usage: check_schema.py BACKCHANNEL_BINARY"""
import datetime
import glob
import json
import os
import subprocess
import sys
import tempfile

import jsonschema
import yaml


def plain(value):
    """YAML dates become ISO strings, as the scenario format reads them."""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def main():
    binary = os.path.abspath(sys.argv[1])
    schema = json.loads(subprocess.run([binary, "schema"], check=True, capture_output=True, text=True).stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)

    here = os.path.dirname(os.path.abspath(__file__))
    files = sorted(glob.glob(os.path.join(here, "..", "Sources", "ScenarioFormat", "Resources", "scenarios", "*.yaml")))
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([binary, "new", "starter"], check=True, cwd=tmp, capture_output=True)
        files.append(os.path.join(tmp, "starter.yaml"))
        failures = 0
        for path in files:
            with open(path, encoding="utf-8") as f:
                document = plain(yaml.safe_load(f))
            errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
            for error in errors:
                print(f"{os.path.basename(path)}: {'/'.join(map(str, error.path))}: {error.message}")
            failures += bool(errors)
            print(f"{os.path.basename(path)}: {'FAIL' if errors else 'ok'}")

    broken = {"schema_version": 1, "name": "x", "start": "2025-01-01", "weeks": 3,
              "actors": [{"id": "A", "name": "A", "leader": {"name": "L", "leak": 2}, "tariffs": {"B": -1},
                          "constituencies": [], "colour": "red"}],
              "events": [{"kind": "summit", "snapback": True}]}
    if validator.is_valid(broken):
        print("the schema accepted a broken scenario")
        failures += 1
    print(f"{len(files) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

"""Validates FHIR JSON from stdin against the HL7 models of the fhir.resources package (R4B).

Prints "ok" and exits 0, or prints the validation error and exits 1. A Bundle's entries are
validated too, as their own resource types (a history Bundle's DELETE entries carry none).
"""
import importlib, json, sys

def model(resource_type):
    module = importlib.import_module(f"fhir.resources.R4B.{resource_type.lower()}")
    return getattr(module, resource_type)

def main():
    data = json.load(sys.stdin)
    try:
        model(data["resourceType"]).parse_obj(data)
        for entry in data.get("entry", []):
            if "resource" in entry:
                model(entry["resource"]["resourceType"]).parse_obj(entry["resource"])
    except Exception as error:  # report any model failure as a test failure
        print(error)
        sys.exit(1)
    print("ok")

main()

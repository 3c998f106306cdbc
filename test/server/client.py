"""A client of `spo serve` in Python's standard library only: proof that a system not written in JavaScript
can use the rules. Usage: python3 client.py <base-url> <case-file.json>. Prints one JSON line of what it read."""
import json
import sys
import urllib.error
import urllib.parse
import urllib.request


def call(request):
    """The status and parsed JSON body of a request, errors included (their bodies are JSON too)."""
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def evaluate(base, body):
    request = urllib.request.Request(
        base + "/v1/evaluate", data=body, method="POST", headers={"Content-Type": "application/json"}
    )
    return call(request)


def main():
    base, path = sys.argv[1], sys.argv[2]
    with open(path, "rb") as f:
        status, result = evaluate(base, f.read())
    report = result["report"]
    invalid_status, invalid = evaluate(base, json.dumps({"asOf": "2026-02-30"}).encode("utf-8"))
    query = urllib.parse.urlencode({"start": "2026-10-24T23:30:00+01:00"})
    deadline_status, deadline = call(urllib.request.Request(base + "/v1/deadline?" + query))
    health_status, health = call(urllib.request.Request(base + "/healthz"))
    print(json.dumps({
        "status": status,
        "asOf": report["asOf"],
        "orderVerdicts": [order["lawful"]["verdict"] for order in report["orders"]],
        "agenda": [item["due"] for item in report["agenda"]],
        "keyDates": len(report["keyDates"]),
        "invalidStatus": invalid_status,
        "invalidIssues": invalid["issues"],
        "deadlineStatus": deadline_status,
        "deadline": deadline["period"],
        "healthStatus": health_status,
        "healthOk": health["ok"],
    }))


if __name__ == "__main__":
    main()

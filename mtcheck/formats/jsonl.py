"""JSON Lines: one report object (or error row) per line, for pipelines and streaming."""
import json


def render(results: list, many: bool) -> str:
    return "\n".join(json.dumps(r.as_dict() if hasattr(r, "as_dict") else r, ensure_ascii=False) for r in results)

"""JSON: one object per file, an array for several; the schema is model.Report.as_dict."""
import json


def render(results: list, many: bool) -> str:
    objects = [r.as_dict() if hasattr(r, "as_dict") else r for r in results]
    return json.dumps(objects if many else objects[0], ensure_ascii=False, indent=2)

"""The API reference at /docs: one plain HTML page rendered from the OpenAPI schema, with no script and
nothing loaded from another host (the machines this runs on reach no CDN)."""

from __future__ import annotations

import json
from html import escape
from typing import Any

_METHODS = ("get", "post", "put", "patch", "delete")
_CONSTRAINTS = {"minLength": "at least {} characters", "maxLength": "at most {} characters",
                "minimum": "≥ {}", "maximum": "≤ {}", "exclusiveMinimum": "> {}", "exclusiveMaximum": "< {}",
                "pattern": "matches {}", "minItems": "at least {} items", "maxItems": "at most {} items"}

_STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 1000px; padding: 8px 24px 48px;
       color: #1d232a; }
h2 { margin-top: 32px; border-bottom: 1px solid #ccd; }
h3 { margin: 24px 0 4px; font-family: ui-monospace, monospace; }
.method { display: inline-block; min-width: 4em; color: #fff; background: #1a5fb4; border-radius: 4px;
          padding: 0 6px; text-align: center; }
.method.post { background: #2a7a3a; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 8px; font-size: 14px; }
th, td { border: 1px solid #dde; padding: 3px 8px; text-align: left; vertical-align: top; }
th { background: #f3f5f8; }
code { font-family: ui-monospace, monospace; font-size: 13px; }
"""


def render_reference(spec: dict[str, Any]) -> str:
    """The whole reference page: every path and method, its parameters, body fields and responses, then
    every schema the responses and bodies name."""
    info = spec.get("info", {})
    title = f"{info.get('title', 'API')} {info.get('version', '')}".strip()
    out = [f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{escape(title)} API</title>"
           f"<style>{_STYLE}</style></head><body>",
           f"<h1>{escape(title)}</h1>",
           f"<p>{escape(info.get('summary') or info.get('description') or '')}</p>",
           '<p>The machine-readable schema: <a href="/openapi.json">/openapi.json</a>. Every error answers '
           "<code>{\"error\": {\"status\", \"type\", \"message\"}}</code>.</p>",
           "<h2>Endpoints</h2>"]
    for path, item in spec.get("paths", {}).items():
        for method in _METHODS:
            if method in item:
                out.append(_operation(spec, path, method, item[method]))
    schemas = spec.get("components", {}).get("schemas", {})
    if schemas:
        out.append("<h2>Schemas</h2>")
        for name, schema in schemas.items():
            out.append(f'<h3 id="schema-{escape(name)}">{escape(name)}</h3>')
            if schema.get("description"):
                out.append(f"<p>{escape(schema['description'])}</p>")
            out.append(_fields(spec, schema))
    out.append("</body></html>")
    return "\n".join(out)


def _operation(spec: dict[str, Any], path: str, method: str, op: dict[str, Any]) -> str:
    out = [f'<h3><span class="method {method}">{method.upper()}</span> {escape(path)}</h3>']
    if op.get("summary"):
        out.append(f"<p><b>{escape(op['summary'])}</b></p>")
    if op.get("description"):
        out.append(f"<p>{escape(op['description'])}</p>")
    params = op.get("parameters", [])
    if params:
        out.append("<table><tr><th>parameter</th><th>in</th><th>type</th><th>required</th><th>default</th>"
                   "<th>constraints</th><th>description</th></tr>")
        for p in params:
            schema = p.get("schema", {})
            out.append(_row(p["name"], p.get("in", ""), spec, schema, p.get("required", False),
                            p.get("description") or schema.get("description", "")))
        out.append("</table>")
    body = op.get("requestBody")
    if body:
        for media, content in body.get("content", {}).items():
            schema = content.get("schema", {})
            out.append(f"<p>Request body ({escape(media)}{', required' if body.get('required') else ''}): "
                       f"{_type(spec, schema)}</p>")
            out.append(_fields(spec, _resolve(spec, schema)))
    out.append("<table><tr><th>response</th><th>description</th><th>body</th></tr>")
    for status, response in op.get("responses", {}).items():
        bodies = [f"{escape(media)}: {_type(spec, c['schema']) if c.get('schema') else 'see description'}"
                  for media, c in response.get("content", {}).items()]
        out.append(f"<tr><td>{escape(str(status))}</td><td>{escape(response.get('description', ''))}</td>"
                   f"<td>{'<br>'.join(bodies)}</td></tr>")
    out.append("</table>")
    return "\n".join(out)


def _fields(spec: dict[str, Any], schema: dict[str, Any]) -> str:
    props = schema.get("properties")
    if not props:
        return f"<p>{_type(spec, schema)}</p>"
    required = set(schema.get("required", []))
    rows = ["<table><tr><th>field</th><th>in</th><th>type</th><th>required</th><th>default</th>"
            "<th>constraints</th><th>description</th></tr>"]
    for name, prop in props.items():
        rows.append(_row(name, "body", spec, prop, name in required, prop.get("description", "")))
    rows.append("</table>")
    return "\n".join(rows)


def _row(name: str, where: str, spec: dict[str, Any], schema: dict[str, Any], required: bool,
         description: str) -> str:
    resolved = _resolve(spec, schema)
    default = escape(json.dumps(resolved["default"], ensure_ascii=False)) if "default" in resolved else ""
    return (f"<tr><td><code>{escape(name)}</code></td><td>{escape(where)}</td><td>{_type(spec, schema)}</td>"
            f"<td>{'yes' if required else 'no'}</td><td>{default}</td><td>{escape(_constraints(resolved))}</td>"
            f"<td>{escape(description)}</td></tr>")


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """The schema a local $ref ("#/components/schemas/X") names, with the referring schema's own keys."""
    ref = schema.get("$ref", "")
    if not ref.startswith("#/"):
        return schema
    target: Any = spec
    for part in ref[2:].split("/"):
        target = target.get(part, {})
    return {**target, **{k: v for k, v in schema.items() if k != "$ref"}}


def _type(spec: dict[str, Any], schema: dict[str, Any]) -> str:
    """A schema's type in a few words, as HTML: a named schema links to its entry."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return f'<a href="#schema-{escape(name)}">{escape(name)}</a>'
    for key in ("anyOf", "oneOf"):
        if key in schema:
            kinds = [_type(spec, s) for s in schema[key] if s.get("type") != "null"]
            nullable = any(s.get("type") == "null" for s in schema[key])
            return " | ".join(kinds) + (" or null" if nullable else "")
    if "enum" in schema:
        return "one of " + ", ".join(f"<code>{escape(str(v))}</code>" for v in schema["enum"])
    if "const" in schema:
        return f"<code>{escape(str(schema['const']))}</code>"
    if schema.get("type") == "array":
        return f"list of {_type(spec, schema.get('items', {}))}"
    return escape(str(schema.get("type", "any")))


def _constraints(schema: dict[str, Any]) -> str:
    parts = [schema] + [s for key in ("anyOf", "oneOf") for s in schema.get(key, [])]
    return "; ".join(text.format(s[key]) for s in parts for key, text in _CONSTRAINTS.items() if key in s)

// A tiny XML writer for the open-data files: elements are built as data and serialised once, so
// every text and attribute is escaped in one place (no string gluing of markup elsewhere).

export type XmlAttributes = Record<string, string | number | boolean | null | undefined>;
export interface XmlElement {
  name: string;
  attributes?: XmlAttributes;
  children?: (XmlElement | string | null | undefined | false)[];
}

export function element(name: string, attributes?: XmlAttributes, children?: XmlElement["children"]): XmlElement {
  return { name, attributes, children };
}

/** Characters XML 1.0 cannot hold at all are dropped; markup characters are escaped. */
export function escapeXml(value: string): string {
  return value
    // The control characters XML 1.0 forbids.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function serialiseAttributes(attributes: XmlAttributes | undefined): string {
  if (!attributes) return "";
  return Object.entries(attributes)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join("");
}

export function serialise(node: XmlElement, indent = ""): string {
  const children = (node.children ?? []).filter((child): child is XmlElement | string => Boolean(child) || child === "");
  const open = `${indent}<${node.name}${serialiseAttributes(node.attributes)}`;
  if (children.length === 0) return `${open}/>`;
  if (children.every((child) => typeof child === "string")) return `${open}>${escapeXml(children.join(""))}</${node.name}>`;
  const inner = children.map((child) => (typeof child === "string" ? `${indent}  ${escapeXml(child)}` : serialise(child, `${indent}  `))).join("\n");
  return `${open}>\n${inner}\n${indent}</${node.name}>`;
}

export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialise(root)}\n`;
}

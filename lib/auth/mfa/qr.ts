// The enrolment QR code as an SVG data address: drawn on the server, so the secret is never
// sent to a third-party service, and the page's content-security policy allows data: images.
import QRCode from "qrcode";

export async function qrCodeDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

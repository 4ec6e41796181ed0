// The parsed address, with every form a program needs.

/** The kind of an address literal (RFC 5321 §4.1.3). */
export type AddressLiteralKind = 'ipv4' | 'ipv6' | 'general';

export interface Address {
  /** The local part as written (quotes and quoted-pairs included, CFWS around it excluded). */
  readonly localPart: string;
  /**
   * The local part normalized: NFC (RFC 6532 §3.1), without quotes when its content is a dot-atom, else
   * quoted with only `"` and `\` escaped (RFC 5321 §4.1.2 prefers the dot-string form).
   */
  readonly normalizedLocalPart: string;
  /** The domain in Unicode: U-labels in lower case (UTS #46 ToUnicode); an address literal as `[…]`. */
  readonly domain: string;
  /** The domain in ASCII: A-labels (UTS #46 ToASCII); an address literal as `[…]`. */
  readonly asciiDomain: string;
  /** The kind of address literal, or null for a domain name. */
  readonly addressLiteral: AddressLiteralKind | null;
  /** `normalizedLocalPart@domain`: the address as it should be stored and shown. */
  readonly normalized: string;
  /** `normalizedLocalPart@asciiDomain` when the local part is ASCII; null when no ASCII form exists. */
  readonly ascii: string | null;
  /** Delivery needs the SMTPUTF8 extension (RFC 6531 §3.3): the local part is not ASCII. */
  readonly smtputf8: boolean;
  /** The display name of an RFC 5322 name-addr (`Name <a@b>`), unquoted; null when there is none. */
  readonly displayName: string | null;
  /** The contents of the comments around and inside the address (RFC 5322 §3.2.2), in order. */
  readonly comments: readonly string[];
}

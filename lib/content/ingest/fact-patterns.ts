import type { FactKind } from "./types";
import { findDate } from "./dates";

/*
 * What makes a sentence a candidate fact, per kind. Named things are recognised by a run of
 * capitalised words ending in a word that says what kind of thing it is ("... Partnership
 * Agreement", "... Oceans Initiative", "... Financial Forum"), by a title before a name
 * ("President ..."), or by a short list of well-known acronyms in international relations.
 */

const CAP = "\\p{Lu}[\\p{L}\\p{N}'&.-]*";
const LINK = "(?:\\s+(?:of|for|and|on|the|in|to|de)){0,2}";
const NAME_RUN = `(?:${CAP}${LINK}\\s+){1,7}`;

const named = (heads: string) => new RegExp(`(?<![\\p{L}])${NAME_RUN}(?:${heads})\\b`, "u");

const MONEY = [
  /(?:\b(?:US|A|C|S|HK|NZ))?\$\s?\d/,
  /[\u20B9\u00A3\u20AC\u00A5\u20A9]\s?\d/,
  /\b(?:Rs|INR|USD|EUR|GBP|JPY|KRW|CNY)\.?\s?\d/,
  /\d[\d,.]*\s*(?:(?:thousand|million|billion|trillion|crore|lakh|mn|bn)\s+)?(?:dollars|rupees|euros|pounds|yen|won|yuan)\b/i,
];
const PERCENT = [/\d\s*(?:%|per\s?cent\b|percent\b|percentage points?\b)/i];
const TARGET = [
  /\b(?:by|till|until|before)\s+(?:the\s+(?:end\s+of\s+)?)?(?:FY\s?)?(?:20|21)\d{2}\b/i,
  /\b(?:targets?|targeted|targeting|goal|aims?\s+to|aiming\s+to|seeks?\s+to|plans?\s+to|envisages?)\b[^.;]*\d/i,
  /\b(?:vision|agenda|mission)\s*[-@]?\s*20\d{2}\b/i,
];
const DATE = [
  { test: (s: string) => findDate(s) !== null },
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?\b|(?:19|20)\d{2}\b)/i,
  /\b(?:in|since|from|of|by|until|till|after|before|during|year|early|late|mid|fy|fiscal|between|and|to)\s+(?:the\s+)?(?:1[89]|20)\d{2}(?:\s?[-/]\s?\d{2,4}|s)?\b/i,
  /\((?:1[89]|20)\d{2}(?:\s?[-/]\s?\d{2,4})?\)/,
  /(?<!\d)(?:19|20)\d{2}\s?-\s?\d{2}(?!\d)/,
];

const AGREEMENT_HEADS = "Agreement|Agreements|Accord|Accords|Treaty|Pact|Convention|Protocol|Declaration|Charter|Memorandum of Understanding";
const INITIATIVE_HEADS = "Initiative|Mission|Programme|Program|Scheme|Yojana|Abhiyan|Strategy|Vision|Corridor|Plan|Policy|Project|Campaign|Framework|Partnership|Bridge|Outlook|Doctrine";
const INSTITUTION_HEADS =
  "Ministry|Department|Council|Committee|Commission|Bank|Organisation|Organization|Forum|Alliance|Institute|Institution|University|College|Centre|Center|Agency|Court|Parliament|Assembly|Fund|Association|Union|Board|Authority|Dialogue|Secretariat|Corporation|Office|Embassy|Cabinet|Senate|Congress|Group|Community|Navy|Army|Force|Aayog";

const AGREEMENT_ACRONYMS = "CEPA|CECA|FTAs?|RCEP|CPTPP|TPP|JCPOA|NPT|CTBT|UNCLOS|BTA|GSOMIA|LEMOA|COMCASA|BECA|MoUs?";
const INITIATIVE_ACRONYMS = "IPOI|IPEF|BRI|PGII|SAGAR|IMEC|INSTC";
const INSTITUTION_ACRONYMS =
  "UN|UNSC|UNGA|UNESCO|UNHRC|WTO|IMF|WHO|ASEAN|BRICS|G7|G20|SCO|NATO|EU|QUAD|Quad|IAEA|ISA|IORA|SAARC|BIMSTEC|APEC|OECD|OPEC|ISRO|DRDO|RBI|AIIB|NDB|ICJ|ICC|MEA|NITI";

const acronyms = (list: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${list})(?![\\p{L}\\p{N}])`, "u");

const PERSON_TITLES =
  "President|Vice President|Prime Minister|PM|Minister|Foreign Minister|External Affairs Minister|Defen[cs]e Minister|Chief Minister|Ambassador|Secretary|Secretary-General|Chancellor|Premier|King|Queen|Prince|Princess|Dr\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Prof\\.?|General|Gen\\.?|Admiral|Senator|Governor|Chairman|Chairperson|Envoy|Pope";
const PERSON = [
  new RegExp(`\\b(?:${PERSON_TITLES})\\s+\\p{Lu}[\\p{L}'-]+`, "u"),
  // "the Lee administration", "the Modi government"; demonyms ("the Korean government") are not people.
  /\b[Tt]he\s+(?!(?:New|Central|Federal|State|National|Union|Interim|Military|Coalition|Local|Provincial|Previous|Current|Former|Incoming|Outgoing)\b)\p{Lu}[\p{L}'-]*(?<!an|ese|ish|ic|ern)(?:\s+\p{Lu}[\p{L}'-]*(?<!an|ese|ish|ic|ern)){0,2}\s+(?:administration|government)\b(?!-)/u,
];
const NUMBER = [/(?<![\p{L}\p{N}-])\d/u];

type Test = RegExp | { test: (s: string) => boolean };

/** Kinds in priority order: a sentence gets the first kind whose patterns match. */
export const KIND_PRIORITY: readonly FactKind[] = [
  "money",
  "percent",
  "target",
  "date",
  "agreement",
  "initiative",
  "institution",
  "person",
  "other",
];

export const KIND_TESTS: Record<FactKind, Test[]> = {
  money: MONEY,
  percent: PERCENT,
  target: TARGET,
  date: DATE,
  agreement: [named(AGREEMENT_HEADS), acronyms(AGREEMENT_ACRONYMS)],
  initiative: [named(INITIATIVE_HEADS), acronyms(INITIATIVE_ACRONYMS), /"[^"]{2,60}"\s+(?:initiative|mission|programme|program|scheme|policy|campaign|strategy|vision)\b/i],
  institution: [named(INSTITUTION_HEADS), acronyms(INSTITUTION_ACRONYMS), /\b(?:Ministry|University|Institute|Bank|Government|Embassy|Council|Department|Office) of (?:the )?\p{Lu}/u],
  person: PERSON,
  other: NUMBER,
};

/** Kinds that named things can take, for acronyms the article itself defines: "Full Name (ABBR)". */
export const NAMED_KINDS: readonly FactKind[] = ["agreement", "initiative", "institution"];

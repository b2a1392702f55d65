import { CODES as amountCodes } from './amount/codes.js';
import { EXAMPLES as amountExamples } from './amount/examples.js';
import { CODES as budgetCodes } from './budget/codes.js';
import { EXAMPLES as budgetExamples } from './budget/examples.js';
import { CODES as citationCodes } from './citation/codes.js';
import { EXAMPLES as citationExamples } from './citation/examples.js';
import { CODES as dateCodes } from './date/codes.js';
import { EXAMPLES as dateExamples } from './date/examples.js';
import { CODES as digitisationCodes } from './digitisation/codes.js';
import { EXAMPLES as digitisationExamples } from './digitisation/examples.js';
import { CODES as dossierCodes } from './dossier/codes.js';
import { EXAMPLES as dossierExamples } from './dossier/examples.js';
import type { Example } from './example.js';
import { CODES as figureCodes } from './figure/codes.js';
import { EXAMPLES as figureExamples } from './figure/examples.js';
import { CODES as index766Codes } from './index766/codes.js';
import { EXAMPLES as index766Examples } from './index766/examples.js';
import { CODES as legalCodes } from './legal/codes.js';
import { EXAMPLES as legalExamples } from './legal/examples.js';
import { CODES as lifecycleCodes } from './lifecycle/codes.js';
import { EXAMPLES as lifecycleExamples } from './lifecycle/examples.js';
import { CODES as nameCodes } from './name/codes.js';
import { EXAMPLES as nameExamples } from './name/examples.js';
import { CODES as outlineCodes } from './outline/codes.js';
import { EXAMPLES as outlineExamples } from './outline/examples.js';
import { CODES as rateCodes } from './rate/codes.js';
import { EXAMPLES as rateExamples } from './rate/examples.js';
import { CODES as receptionCodes } from './reception/codes.js';
import { EXAMPLES as receptionExamples } from './reception/examples.js';

/** A rule family: the folder `src/rules/<folder>/` holding its codes, rules, wording, examples and tests. */
export interface RuleFamily {
  readonly folder: string;
  readonly codes: readonly string[];
  readonly examples: Readonly<Record<string, Example>>;
}

/** Every family, in the order the catalogue lists their codes. */
export const RULE_FAMILIES: readonly RuleFamily[] = [
  { folder: 'dossier', codes: dossierCodes, examples: dossierExamples },
  { folder: 'digitisation', codes: digitisationCodes, examples: digitisationExamples },
  { folder: 'index766', codes: index766Codes, examples: index766Examples },
  { folder: 'rate', codes: rateCodes, examples: rateExamples },
  { folder: 'budget', codes: budgetCodes, examples: budgetExamples },
  { folder: 'figure', codes: figureCodes, examples: figureExamples },
  { folder: 'date', codes: dateCodes, examples: dateExamples },
  { folder: 'lifecycle', codes: lifecycleCodes, examples: lifecycleExamples },
  { folder: 'outline', codes: outlineCodes, examples: outlineExamples },
  { folder: 'amount', codes: amountCodes, examples: amountExamples },
  { folder: 'legal', codes: legalCodes, examples: legalExamples },
  { folder: 'reception', codes: receptionCodes, examples: receptionExamples },
  { folder: 'citation', codes: citationCodes, examples: citationExamples },
  { folder: 'name', codes: nameCodes, examples: nameExamples },
];

/** Every rule's worked example, by code. */
export const RULE_EXAMPLES: Readonly<Record<string, Example>> = Object.fromEntries(
  RULE_FAMILIES.flatMap((family) => Object.entries(family.examples)),
);

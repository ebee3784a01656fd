/** Validates open-data files against the archive's published JSON Schema (draft 2020-12) with ajv. */
import { Ajv2020 } from 'ajv/dist/2020.js';

/** A validator for one file shape of the schema; `uri` is checked with the WHATWG URL parser. */
export function validatorFor(schema: Record<string, unknown>, def: 'articlesFile' | 'metricsFile' | 'pagesFile') {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addSchema(schema);
  return ajv.getSchema(`${schema.$id as string}#/$defs/${def}`)!;
}

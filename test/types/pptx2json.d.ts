// pptx2json ships no types: the part the tests use.
declare module 'pptx2json' {
  export default class PPTX2Json {
    /** Every part of the file: XML parts parsed by xml2js, others as Buffers. */
    toJson(file: string): Promise<Record<string, unknown>>
  }
}

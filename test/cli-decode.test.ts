/**
 * Decoding article bytes in other encodings, and file system errors in the
 * command line's words.
 */

import {describe, expect, it} from 'vitest'
import {decodeArticle, isKnownEncoding} from '../src/cli/decode.js'
import {errorCode} from '../src/cli/errors.js'

describe('decodeArticle, other encodings', () => {
  it('reads UTF-16 by its byte order mark, whatever encoding was asked for', () => {
    const le = Buffer.from('\uFEFFسلام\n', 'utf16le')
    expect(decodeArticle(le, {encoding: 'windows-1256'})).toEqual({ok: true, text: 'سلام\n'})
    const be = Buffer.from(le).swap16()
    expect(decodeArticle(be)).toEqual({ok: true, text: 'سلام\n'})
  })

  it('reads windows-1256 when asked', () => {
    // `سلام` in windows-1256.
    expect(decodeArticle(Buffer.from([0xd3, 0xe1, 0xc7, 0xe3]), {encoding: 'windows-1256'})).toEqual({
      ok: true,
      text: 'سلام'
    })
  })

  it('places a byte the encoding has no character for at its line and column', () => {
    // 0xA1 is not assigned in ISO-8859-6 (Arabic).
    const result = decodeArticle(Buffer.from([0x41, 0x0a, 0x42, 0x43, 0xa1]), {encoding: 'iso-8859-6'})
    expect(result).toEqual({
      ok: false,
      reason: 'Invalid iso-8859-6 text',
      ruleId: 'invalid-encoding',
      line: 2,
      column: 3
    })
  })

  it('keeps a NUL byte when lenient', () => {
    expect(decodeArticle(Buffer.from('a\u0000b'), {lenient: true})).toEqual({ok: true, text: 'a\u0000b'})
  })

  it('knows the labels TextDecoder knows', () => {
    expect(isKnownEncoding('windows-1256')).toBe(true)
    expect(isKnownEncoding('cp1256')).toBe(true)
    expect(isKnownEncoding('klingon')).toBe(false)
  })
})

describe('errorCode', () => {
  it('explains the codes people meet, and gives other codes, messages and values as they are', () => {
    const error = (code?: string): Error => Object.assign(new Error('the message'), code ? {code} : {})
    expect(errorCode(error('ENOSPC'))).toBe('ENOSPC (no space left on the disk)')
    expect(errorCode(error('EXDEV'))).toBe('EXDEV')
    expect(errorCode(error())).toBe('the message')
    expect(errorCode('plain')).toBe('plain')
  })
})

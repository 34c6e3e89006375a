import {describe, expect, it} from 'vitest'
import {formatIso, fromWallTime, isValidTimeZone, readDate, timeZoneOffset, weekdayOf} from '../src/metadata/date.js'

/** Read a date that must be valid. */
function iso(value: unknown, timeZone: string): string {
  const result = readDate(value, timeZone)
  if (!result.ok) throw new Error(result.reason)
  return result.value.iso
}

describe('time zones', () => {
  it('knows IANA names and UTC, and rejects others', () => {
    expect(isValidTimeZone('Asia/Riyadh')).toBe(true)
    expect(isValidTimeZone('UTC')).toBe(true)
    expect(isValidTimeZone('Africa/Cairo')).toBe(true)
    expect(isValidTimeZone('Mars/Olympus')).toBe(false)
    expect(isValidTimeZone('')).toBe(false)
  })

  it('keeps the formatters it makes on the map it is given, one per zone', () => {
    const formatters = new Map<string, Intl.DateTimeFormat>()
    const first = readDate('2025-09-04T10:00', 'Asia/Riyadh', formatters)
    expect(first.ok && first.value.iso).toBe('2025-09-04T10:00:00+03:00')
    expect([...formatters.keys()]).toEqual(['Asia/Riyadh'])
    const riyadh = formatters.get('Asia/Riyadh')
    readDate('2025-01-15', 'Asia/Riyadh', formatters)
    expect(isValidTimeZone('Africa/Cairo', formatters)).toBe(true)
    expect(formatters.get('Asia/Riyadh')).toBe(riyadh)
    expect([...formatters.keys()]).toEqual(['Asia/Riyadh', 'Africa/Cairo'])
    // A zone Intl refuses is not kept.
    expect(isValidTimeZone('Mars/Olympus', formatters)).toBe(false)
    expect(formatters.size).toBe(2)
  })

  it('computes offsets, also with summer time and half hours', () => {
    expect(timeZoneOffset(Date.UTC(2025, 8, 4), 'Asia/Riyadh')).toBe(180)
    expect(timeZoneOffset(Date.UTC(2025, 0, 15), 'Europe/Berlin')).toBe(60)
    expect(timeZoneOffset(Date.UTC(2025, 6, 15), 'Europe/Berlin')).toBe(120)
    expect(timeZoneOffset(Date.UTC(2025, 0, 15), 'Asia/Kolkata')).toBe(330)
    expect(timeZoneOffset(Date.UTC(2025, 0, 15), 'America/St_Johns')).toBe(-210)
    expect(timeZoneOffset(Date.UTC(2025, 0, 15), 'UTC')).toBe(0)
  })

  it('formats instants with the zone’s offset', () => {
    expect(formatIso(Date.UTC(2025, 8, 4, 11, 30), 'Asia/Riyadh')).toBe('2025-09-04T14:30:00+03:00')
    expect(formatIso(Date.UTC(2025, 8, 4, 11, 30), 'UTC')).toBe('2025-09-04T11:30:00+00:00')
    expect(formatIso(Date.UTC(2025, 0, 1, 0, 0), 'America/St_Johns')).toBe('2024-12-31T20:30:00-03:30')
  })

  it('finds the instant of a wall-clock time, around clock changes too', () => {
    const wall = {year: 2025, month: 3, day: 30, hour: 1, minute: 30, second: 0}
    expect(new Date(fromWallTime(wall, 'Europe/Berlin')).toISOString()).toBe('2025-03-30T00:30:00.000Z')
    const afterChange = {...wall, hour: 3}
    expect(new Date(fromWallTime(afterChange, 'Europe/Berlin')).toISOString()).toBe('2025-03-30T01:30:00.000Z')
    // 02:30 does not exist in Berlin that night: it is read as 03:30 summer time.
    expect(formatIso(fromWallTime({...wall, hour: 2}, 'Europe/Berlin'), 'Europe/Berlin')).toBe(
      '2025-03-30T03:30:00+02:00'
    )
  })
})

describe('readDate', () => {
  // Issue #14, item 14: years 0000-0099 shifted by 1900, year 0000 was accepted, year 100 gave wild offsets.
  it('keeps years before 100 and rejects year 0000', () => {
    expect(readDate('0025-09-04T10:00', 'UTC')).toMatchObject({ok: true, value: {iso: '0025-09-04T10:00:00+00:00'}})
    expect(readDate('0099-12-31', 'Asia/Riyadh')).toMatchObject({ok: true, value: {date: '0099-12-31'}})
    expect(readDate('0000-01-01', 'UTC').ok).toBe(false)
    expect(readDate('0000-06-15T12:00Z', 'UTC').ok).toBe(false)
    for (const zone of ['UTC', 'Asia/Riyadh', 'America/New_York', 'Pacific/Kiritimati']) {
      const result = readDate('0100-03-01T12:00', zone)
      expect(result.ok, zone).toBe(true)
      if (result.ok) expect(result.value.iso, zone).toMatch(/^0100-03-01T12:00:\d{2}[+-](?:0\d|1[0-4]):[0-5]\d$/)
    }
  })

  it('keeps a date-only string on its day in every zone', () => {
    for (const [zone, offset] of [
      ['Asia/Riyadh', '+03:00'],
      ['UTC', '+00:00'],
      ['America/Los_Angeles', '-07:00'],
      ['Pacific/Kiritimati', '+14:00'],
      ['Pacific/Pago_Pago', '-11:00']
    ] as const) {
      const result = readDate('2025-09-04', zone)
      expect(result).toEqual({
        ok: true,
        value: expect.objectContaining({
          iso: '2025-09-04T00:00:00' + offset,
          date: '2025-09-04',
          weekday: 4,
          dateOnly: true
        })
      })
    }
  })

  it('treats a Date at UTC midnight (js-yaml’s `2025-09-04`) as that day, never the day before', () => {
    const yamlDate = new Date('2025-09-04')
    expect(iso(yamlDate, 'America/New_York')).toBe('2025-09-04T00:00:00-04:00')
    expect(iso(yamlDate, 'Asia/Riyadh')).toBe('2025-09-04T00:00:00+03:00')
    const result = readDate(yamlDate, 'America/New_York')
    expect(result.ok && result.value.dateOnly).toBe(true)
  })

  it('treats any other Date as an instant', () => {
    expect(iso(new Date('2025-09-04T10:15:00Z'), 'Asia/Riyadh')).toBe('2025-09-04T13:15:00+03:00')
    expect(iso(new Date('2025-09-04T00:00:00.001Z'), 'UTC')).toBe('2025-09-04T00:00:00+00:00')
    expect(iso(new Date('2025-09-03T23:00:00Z'), 'America/New_York')).toBe('2025-09-03T19:00:00-04:00')
  })

  it('reads a time without offset as wall-clock time in the zone', () => {
    expect(iso('2025-09-04T14:30', 'Asia/Riyadh')).toBe('2025-09-04T14:30:00+03:00')
    expect(iso('2025-09-04 14:30:15', 'Africa/Cairo')).toBe('2025-09-04T14:30:15+03:00')
    expect(iso('2015-07-26 17:12:20', 'Asia/Riyadh')).toBe('2015-07-26T17:12:20+03:00')
    expect(iso('2025-01-04T14:30:00.250', 'Africa/Cairo')).toBe('2025-01-04T14:30:00+02:00')
  })

  it('reads a time with offset as that instant, written in the zone', () => {
    expect(iso('2025-09-04T14:30:00+02:00', 'Asia/Riyadh')).toBe('2025-09-04T15:30:00+03:00')
    expect(iso('2025-09-04T14:30:00Z', 'UTC')).toBe('2025-09-04T14:30:00+00:00')
    expect(iso('2025-09-04T14:30:00+0530', 'UTC')).toBe('2025-09-04T09:00:00+00:00')
    expect(iso('2025-09-04T22:30:00-04', 'Asia/Riyadh')).toBe('2025-09-05T05:30:00+03:00')
  })

  it('gives the calendar date and weekday in the article’s zone', () => {
    const result = readDate('2025-09-04T23:30:00Z', 'Asia/Riyadh')
    expect(result.ok && result.value.date).toBe('2025-09-05')
    expect(result.ok && result.value.weekday).toBe(5)
  })

  it('rejects what is not a date', () => {
    for (const value of [
      '2025-02-30',
      '2025-13-01',
      '04/09/2025',
      'أمس',
      '2025-09-04T25:00',
      '2025-09-04T10:00+25:00',
      '',
      20_250_904,
      null,
      {},
      new Date('nope')
    ]) {
      const result = readDate(value, 'UTC')
      expect(result.ok, String(value)).toBe(false)
    }
  })

  it('gives weekdays of calendar dates', () => {
    expect(weekdayOf('2025-09-04')).toBe(4)
    expect(weekdayOf('2025-09-05')).toBe(5)
    expect(weekdayOf('2024-02-29')).toBe(4)
  })
})

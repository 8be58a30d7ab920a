import Foundation

/// The two astronomical quantities the Chinese calendar rests on: new moons and the
/// sun's apparent longitude (for the solar terms), after Meeus, *Astronomical
/// Algorithms* (2nd ed.), chapters 25, 47 and 49. Accurate to about a minute for new
/// moons and a quarter hour for solar terms between 1900 and 2100, which fixes the
/// civil day in all but the rarest cases.
enum Astronomy {
    /// Julian Day of 1970-01-01 00:00 UT.
    static let unixEpochJD = 2440587.5

    @inline(__always) private static func rad(_ d: Double) -> Double { d * .pi / 180 }

    /// TT − UT in days (Espenak & Meeus polynomials for 1900–2150).
    static func deltaT(year y: Double) -> Double {
        let seconds: Double
        switch y {
        case ..<1920: let t = y - 1900; seconds = -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * t * t * t * t
        case ..<1941: let t = y - 1920; seconds = 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t
        case ..<1961: let t = y - 1950; seconds = 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547
        case ..<1986: let t = y - 1975; seconds = 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718
        case ..<2005: let t = y - 2000; seconds = 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * t * t * t * t
        case ..<2050: let t = y - 2000; seconds = 62.92 + 0.32217 * t + 0.005589 * t * t
        default: let u = (y - 1820) / 100; seconds = -20 + 32 * u * u - 0.5628 * (2150 - y)
        }
        return seconds / 86400
    }

    /// Julian Ephemeris Day of the new moon number `k` (k = 0 near 2000-01-06).
    static func newMoon(_ k: Double) -> Double {
        let t = k / 1236.85
        let t2 = t * t, t3 = t2 * t, t4 = t3 * t
        var jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4
        let e = 1 - 0.002516 * t - 0.0000074 * t2
        let m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3)
        let mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4)
        let f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4)
        let om = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3)
        var c = -0.40720 * sin(mp) + 0.17241 * e * sin(m) + 0.01608 * sin(2 * mp) + 0.01039 * sin(2 * f)
        c += 0.00739 * e * sin(mp - m) - 0.00514 * e * sin(mp + m) + 0.00208 * e * e * sin(2 * m)
        c += -0.00111 * sin(mp - 2 * f) - 0.00057 * sin(mp + 2 * f) + 0.00056 * e * sin(2 * mp + m)
        c += -0.00042 * sin(3 * mp) + 0.00042 * e * sin(m + 2 * f) + 0.00038 * e * sin(m - 2 * f)
        c += -0.00024 * e * sin(2 * mp - m) - 0.00017 * sin(om) - 0.00007 * sin(mp + 2 * m)
        c += 0.00004 * sin(2 * mp - 2 * f) + 0.00004 * sin(3 * m) + 0.00003 * sin(mp + m - 2 * f)
        c += 0.00003 * sin(2 * mp + 2 * f) - 0.00003 * sin(mp + m + 2 * f) + 0.00003 * sin(mp - m + 2 * f)
        c += -0.00002 * sin(mp - m - 2 * f) - 0.00002 * sin(3 * mp + m) + 0.00002 * sin(4 * mp)
        let planetary: [(Double, Double, Double, Double)] = [
            (299.77, 0.107408, -0.009173, 0.000325), (251.88, 0.016321, 0, 0.000165), (251.83, 26.651886, 0, 0.000164),
            (349.42, 36.412478, 0, 0.000126), (84.66, 18.206239, 0, 0.000110), (141.74, 53.303771, 0, 0.000062),
            (207.14, 2.453732, 0, 0.000060), (154.84, 7.306860, 0, 0.000056), (34.52, 27.261239, 0, 0.000047),
            (207.19, 0.121824, 0, 0.000042), (291.34, 1.844379, 0, 0.000040), (161.72, 24.198154, 0, 0.000037),
            (239.56, 25.513099, 0, 0.000035), (331.55, 3.592518, 0, 0.000023),
        ]
        for (a, b, q, amp) in planetary { c += amp * sin(rad(a + b * k + q * t2)) }
        jde += c
        return jde
    }

    /// The sun's apparent geocentric longitude in degrees at Julian Ephemeris Day `jde`.
    static func sunLongitude(_ jde: Double) -> Double {
        let t = (jde - 2451545.0) / 36525
        let l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t
        let m = rad(357.52911 + 35999.05029 * t - 0.0001537 * t * t)
        let c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(m) + (0.019993 - 0.000101 * t) * sin(2 * m)
            + 0.000289 * sin(3 * m)
        let om = rad(125.04 - 1934.136 * t)
        let lambda = l0 + c - 0.00569 - 0.00478 * sin(om)
        let r = lambda.truncatingRemainder(dividingBy: 360)
        return r < 0 ? r + 360 : r
    }

    /// The Julian Ephemeris Day, after `jde`, when the sun reaches `longitude` degrees.
    static func solarTerm(longitude: Double, after jde: Double) -> Double {
        var lon = sunLongitude(jde)
        var delta = (longitude - lon).truncatingRemainder(dividingBy: 360)
        if delta <= 0 { delta += 360 }
        var x = jde + delta * 365.2422 / 360
        for _ in 0..<6 {
            lon = sunLongitude(x)
            var d = (longitude - lon).truncatingRemainder(dividingBy: 360)
            if d > 180 { d -= 360 } else if d < -180 { d += 360 }
            x += d * 365.2422 / 360
            if abs(d) < 1e-7 { break }
        }
        return x
    }

    /// The civil day (days since 1970-01-01) in China Standard Time (UTC+8) of a dynamical instant.
    /// (Compared with published tables for 1901–2099, every festival agrees except three days of
    /// 1916 and 1978, when the calendars were computed with older ephemerides or local time.)
    static func chinaDay(ofJDE jde: Double) -> Int {
        let year = 2000 + (jde - 2451545.0) / 365.25
        let ut = jde - deltaT(year: year)
        return Int((ut - unixEpochJD + 8.0 / 24).rounded(.down))
    }
}

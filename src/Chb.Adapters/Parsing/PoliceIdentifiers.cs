using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Chb.Adapters;

/// <summary>PNC ID and CRO number validation with their check letters.</summary>
public static class PoliceIdentifiers
{
    private const string CheckLetters = "ZABCDEFGHJKLMNPQRTUVWXY";

    /// <summary>Validates a PNC ID and returns it in canonical <c>YYYY/NNNNNNNL</c> form.</summary>
    /// <param name="raw">The id: <c>YYYY/NNNNNNNL</c>, <c>YY/NNNNNNL</c>, with or without the slash, serial possibly unpadded.</param>
    /// <param name="pncId">The canonical id.</param>
    /// <param name="problem">Why it is invalid, when it is.</param>
    /// <returns><see langword="true"/> when the format and check letter are right.</returns>
    /// <remarks>
    /// Without the slash the digit count decides the year: 10 or 11 digits are read as a 4-digit year,
    /// 9 or fewer as a 2-digit year (so <c>010012345H</c> is <c>2001/0012345H</c>). An unpadded serial
    /// after a 4-digit year needs the slash.
    /// </remarks>
    public static bool TryNormalisePnc(string? raw, [NotNullWhen(true)] out string? pncId, [NotNullWhen(false)] out string? problem)
    {
        pncId = null;
        var text = raw?.Trim().ToUpperInvariant() ?? string.Empty;
        if (text.Length < 4 || !char.IsAsciiLetter(text[^1]))
        {
            problem = "PNC ID must be year, serial and check letter, such as 2001/0012345H";
            return false;
        }

        string year, serial;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            year = text[..slash];
            serial = text[(slash + 1)..^1];
        }
        else
        {
            // A serial has at most 7 digits, so 10 or 11 digits carry a 4-digit year and fewer a 2-digit one.
            var yearLength = text.Length - 1 >= 10 ? 4 : 2;
            year = text[..yearLength];
            serial = text[yearLength..^1];
        }

        if (year.Length is not (2 or 4) || !IsDigits(year) || serial.Length is 0 or > 7 || !IsDigits(serial))
        {
            problem = "PNC ID must be year, serial and check letter, such as 2001/0012345H";
            return false;
        }

        if (year.Length == 2)
        {
            // Two-digit years: PNC began in the 1970s, so 70–99 are 19xx.
            year = (int.Parse(year, CultureInfo.InvariantCulture) >= 70 ? "19" : "20") + year;
        }

        serial = serial.PadLeft(7, '0');
        var expected = Check(year[2..] + serial);
        if (expected != text[^1])
        {
            problem = "PNC ID check letter does not match its year and serial";
            return false;
        }

        pncId = $"{year}/{serial}{expected}";
        problem = null;
        return true;
    }

    /// <summary>Validates a CRO number in the standard <c>NNNNNN/YYL</c> form.</summary>
    /// <param name="raw">The number, such as <c>123456/01X</c>.</param>
    /// <param name="croNumber">The canonical number (serial padded to 6 digits).</param>
    /// <param name="problem">Why it is invalid, when it is.</param>
    /// <returns><see langword="true"/> when the format and check letter are right.</returns>
    public static bool TryNormaliseCro(string? raw, [NotNullWhen(true)] out string? croNumber, [NotNullWhen(false)] out string? problem)
    {
        croNumber = null;
        var text = raw?.Trim().ToUpperInvariant() ?? string.Empty;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || text.Length - slash != 4 || !char.IsAsciiLetter(text[^1]))
        {
            problem = "CRO number must be serial/year and check letter, such as 123456/01X";
            return false;
        }

        var serial = text[..slash];
        var year = text[(slash + 1)..^1];
        if (serial.Length > 6 || !IsDigits(serial) || !IsDigits(year))
        {
            problem = "CRO number must be serial/year and check letter, such as 123456/01X";
            return false;
        }

        serial = serial.PadLeft(6, '0');
        var expected = Check(year + serial);
        if (expected != text[^1])
        {
            problem = "CRO number check letter does not match its serial and year";
            return false;
        }

        croNumber = $"{serial}/{year}{expected}";
        problem = null;
        return true;
    }

    /// <summary>Computes a PNC check letter; exposed for generators of test and demo data.</summary>
    /// <param name="twoDigitYear">The year's last two digits.</param>
    /// <param name="serial">The serial number (at most 7 digits).</param>
    /// <returns>The canonical PNC ID.</returns>
    public static string FormatPnc(int twoDigitYear, int serial)
    {
        var digits = twoDigitYear.ToString("00", CultureInfo.InvariantCulture) + serial.ToString("0000000", CultureInfo.InvariantCulture);
        var century = twoDigitYear >= 70 ? "19" : "20";
        return $"{century}{digits[..2]}/{digits[2..]}{Check(digits)}";
    }

    private static char Check(string digits)
        => CheckLetters[(int)(long.Parse(digits, CultureInfo.InvariantCulture) % CheckLetters.Length)];

    private static bool IsDigits(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);
}

using System.Globalization;
using Chb.Adapters;

namespace Chb.Cli.Demo;

/// <summary>Valid PNC ids and CRO numbers (right check letters), and current-format registration marks.</summary>
internal static class NominalIdentifiers
{
    private const string CheckLetters = "ZABCDEFGHJKLMNPQRTUVWXY";
    private const string TagSecondLetters = "ABCDEFGHJKLMNOPRSTUVWXY";
    private const string SerialLetters = "ABCDEFGHJKLMNOPRSTUVWXYZ";

    /// <summary>A PNC id first issued between 16 and 24 years after birth (never after 2023), unique within <paramref name="used"/>.</summary>
    public static string Pnc(DateOnly dateOfBirth, DemoRandom random, HashSet<string> used)
    {
        while (true)
        {
            var year = Math.Min(2023, dateOfBirth.Year + random.Between(16, 24));
            var id = PoliceIdentifiers.FormatPnc(year % 100, random.Between(1, 999_999));
            if (used.Add(id))
            {
                return id;
            }
        }
    }

    /// <summary>The same id with a different, wrong check letter: a row the police adapter must reject.</summary>
    public static string WithWrongCheckLetter(string pncId)
        => string.Concat(pncId.AsSpan(0, pncId.Length - 1), CheckLetters[(CheckLetters.IndexOf(pncId[^1], StringComparison.Ordinal) + 1) % CheckLetters.Length].ToString());

    /// <summary>A CRO number in the standard <c>NNNNNN/YYL</c> form with its check letter.</summary>
    public static string Cro(DateOnly dateOfBirth, DemoRandom random)
    {
        var year = Math.Min(2023, dateOfBirth.Year + random.Between(17, 25)) % 100;
        var serial = random.Between(1, 999_999);
        var digits = string.Create(CultureInfo.InvariantCulture, $"{year:00}{serial:000000}");
        var check = CheckLetters[(int)(long.Parse(digits, CultureInfo.InvariantCulture) % CheckLetters.Length)];
        return string.Create(CultureInfo.InvariantCulture, $"{serial:000000}/{year:00}{check}");
    }

    /// <summary>A current-format mark (two-letter tag, age identifier, three letters), mostly Y-tagged as in West Yorkshire.</summary>
    public static string Vrm(DemoRandom random)
    {
        var tag = (random.Chance(0.7) ? "Y" : random.Letters(1, "ABCDEFGHKLMNOPRSVWX")) + random.Letters(1, TagSecondLetters);
        var age = random.Between(15, 23) + (random.Chance(0.5) ? 50 : 0);
        return string.Create(CultureInfo.InvariantCulture, $"{tag}{age:00}{random.Letters(3, SerialLetters)}");
    }
}

using System.Globalization;
using System.Text;
using Chb.Linking;

namespace Chb.Bench.Linkage;

/// <summary>
/// Generates labelled people for scale runs: 70% originals, 30% duplicates of a random original carrying one to
/// three corruptions (typos, nicknames and transliterations, day/month swaps, missing values, moves, swapped names).
/// </summary>
internal static class SyntheticPeople
{
    private const string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

    public static List<LabelledPerson> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var originals = (int)(count * 0.7);
        var people = new List<LabelledPerson>(count);
        for (var i = 0; i < originals; i++)
        {
            people.Add(new LabelledPerson(Original(random, i), i.ToString(CultureInfo.InvariantCulture), 0));
        }

        for (var i = originals; i < count; i++)
        {
            var source = people[random.Next(originals)];
            people.Add(new LabelledPerson(Corrupt(random, source.Record, i), source.Entity, 0));
        }

        return people;
    }

    private static PersonRecord Original(Random r, int id)
    {
        // A realistic spread: a Zipf-like head of common names (Smith and John far commoner than Lomax and Zofia)
        // and a long tail of rarer ones, so block sizes grow with N the way a real population's would.
        var given = r.NextDouble() < 0.75 ? Zipf(r, SyntheticNames.Given) : Invented(r, 2 + (r.NextDouble() < 0.3 ? 1 : 0));
        var family = r.NextDouble() < 0.3 ? Zipf(r, SyntheticNames.Family) : Invented(r, 2 + (r.NextDouble() < 0.6 ? 1 : 0));
        var birth = new DateOnly(1940, 1, 1).AddDays(r.Next(365 * 66));
        return new PersonRecord
        {
            Id = id.ToString(CultureInfo.InvariantCulture),
            Names = [new NameInput(given, family)],
            DateOfBirth = birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            Addresses = [Address(r)],
        };
    }

    private static AddressInput Address(Random r)
    {
        var street = $"{1 + r.Next(200)} {Invented(r, 2 + r.Next(2))} {Pick(r, SyntheticNames.StreetTypes)}";
        var postcode = string.Create(CultureInfo.InvariantCulture, $"{Pick(r, SyntheticNames.PostcodeAreas)}{1 + r.Next(30)} {r.Next(10)}{InwardLetters[r.Next(20)]}{InwardLetters[r.Next(20)]}");
        return new AddressInput(street, postcode, Pick(r, SyntheticNames.Towns));
    }

    private static PersonRecord Corrupt(Random r, PersonRecord original, int id)
    {
        var record = original with { Id = id.ToString(CultureInfo.InvariantCulture) };
        var name = record.Names[0];
        var address = record.Addresses[0];
        for (var n = 1 + r.Next(3); n > 0; n--)
        {
            switch (r.Next(11))
            {
                case 0: name = name with { Given = Typo(r, name.Given) }; break;
                case 1: name = name with { Family = Typo(r, name.Family) }; break;
                case 2: name = name with { Given = SyntheticNames.Variants.TryGetValue(name.Given ?? string.Empty, out var v) ? Pick(r, v) : name.Given }; break;
                case 3: record = record with { DateOfBirth = SwapDayMonth(record.DateOfBirth) }; break;
                case 4: record = record with { DateOfBirth = Typo(r, record.DateOfBirth, digits: true) }; break;
                case 5: record = record with { DateOfBirth = null }; break;
                case 6: address = address with { Text = address.Text?.Replace("Road", "Rd", StringComparison.Ordinal).Replace("Street", "St", StringComparison.Ordinal) }; break;
                case 7: address = address with { Postcode = null }; break;
                case 8: address = Address(r); break;
                case 9: name = name with { Given = null }; break;
                default: name = new NameInput(name.Family, name.Given); break;
            }
        }

        return record with { Names = [name], Addresses = [address] };
    }

    private static string? SwapDayMonth(string? date)
        => date is { Length: 8 } && int.Parse(date.AsSpan(6, 2), CultureInfo.InvariantCulture) <= 12 ? string.Concat(date.AsSpan(0, 4), date.AsSpan(6, 2), date.AsSpan(4, 2)) : date;

    private static string? Typo(Random r, string? value, bool digits = false)
    {
        if (value is not { Length: > 2 })
        {
            return value;
        }

        var b = new StringBuilder(value);
        var at = (digits ? 4 : 1) + r.Next(value.Length - (digits ? 4 : 1));
        switch (digits ? 0 : r.Next(3))
        {
            case 0: b[at] = digits ? (char)('0' + r.Next(10)) : (char)('a' + r.Next(26)); break;
            case 1: b.Remove(at, 1); break;
            default: (b[at - 1], b[at]) = (b[at], b[at - 1]); break;
        }

        return b.ToString();
    }

    private static string Invented(Random r, int syllables)
    {
        var b = new StringBuilder();
        for (var i = 0; i < syllables; i++)
        {
            b.Append(Pick(r, SyntheticNames.Syllables));
        }

        b[0] = char.ToUpperInvariant(b[0]);
        return b.ToString();
    }

    private static T Pick<T>(Random r, T[] items) => items[r.Next(items.Length)];

    /// <summary>Picks with probability falling as 1/sqrt(rank): the first item about 11 times as likely as the last of 130.</summary>
    private static T Zipf<T>(Random r, T[] items)
    {
        var u = r.NextDouble();
        return items[Math.Min(items.Length - 1, (int)(items.Length * u * u))];
    }
}

using Chb.Linking.Text;

namespace Chb.Linking;

public sealed partial class PersonModel
{
    private AddressScore BestAddress(PersonFeatures a, PersonFeatures b, IKeyCounts counts)
    {
        var best = default(AddressScore);
        foreach (var x in a.Addresses)
        {
            foreach (var y in b.Addresses)
            {
                var score = Score(x, y, counts);
                if (!best.Compared || score.Weight > best.Weight)
                {
                    best = score;
                }
            }
        }

        return best;
    }

    private AddressScore Score(AddressForm x, AddressForm y, IKeyCounts counts)
    {
        if (x.Uprn is not null && string.Equals(x.Uprn, y.Uprn, StringComparison.Ordinal))
        {
            var shared = counts.Count(PersonKeys.Uprn(x.Uprn));
            return new AddressScore(true, Math.Max(_w.UprnFloor, _w.Uprn - options.Penalty(shared)), options.Penalty(shared) > 0 ? "uprn(shared)" : "uprn", null, null);
        }

        if (x.Parts is null || y.Parts is null)
        {
            return default;
        }

        var street = x.Uprn is not null && y.Uprn is not null
            ? (Level: "other-uprn", Weight: _w.StreetDifferent)
            : Street(x.Parts, y.Parts, counts);
        var postcode = Postcode(x.Parts.Postcode, y.Parts.Postcode, counts);
        var locality = Locality(x.Parts.Locality, y.Parts.Locality, counts);
        var weight = street.Weight + postcode.Weight + locality.Weight;
        return new AddressScore(street.Level is not null || postcode.Level is not null || locality.Level is not null, weight, street.Level, postcode.Level, locality.Level);
    }

    private (string? Level, double Weight) Street(AddressParts x, AddressParts y, IKeyCounts counts)
    {
        if ((x.Numbers.Length == 0 && x.Words.Length == 0) || (y.Numbers.Length == 0 && y.Words.Length == 0))
        {
            return (null, 0);
        }

        var dice = Bigrams.Dice(x.Grams, y.Grams);
        var numbersEqual = x.Numbers.AsSpan().SequenceEqual(y.Numbers);
        var numbersConflict = x.Numbers.Length > 0 && y.Numbers.Length > 0 && !x.Numbers.Intersect(y.Numbers, StringComparer.Ordinal).Any();
        if (numbersEqual && (dice >= 0.75 || (x.Numbers.Length > 0 && Bigrams.Containment(x.Grams, y.Grams) >= 0.95)))
        {
            var shared = Math.Max(counts.Count(x.PersonKey), counts.Count(y.PersonKey));
            var penalty = options.Penalty(shared);
            return (penalty > 0 ? "street-same(shared)" : "street-same", _w.StreetSame - penalty);
        }

        if (!numbersConflict && dice >= 0.5)
        {
            return ("street-close", _w.StreetClose);
        }

        return dice >= 0.75 ? ("street-other-number", _w.StreetOtherNumber) : ("street-different", _w.StreetDifferent);
    }

    private (string? Level, double Weight) Postcode(string x, string y, IKeyCounts counts)
    {
        if (x.Length == 0 || y.Length == 0)
        {
            return (null, 0);
        }

        if (string.Equals(x, y, StringComparison.Ordinal))
        {
            return ("postcode-same", Math.Max(_w.PostcodeFloor, _w.PostcodeSame - Penalty(counts, PersonKeys.Postcode(x))));
        }

        var near = x.Length == y.Length && (HammingOne(x, y) || AdjacentSwap(x, y));
        return near ? ("postcode-near", _w.PostcodeNear) : ("postcode-different", _w.PostcodeDifferent);
    }

    private (string? Level, double Weight) Locality(string x, string y, IKeyCounts counts)
    {
        if (x.Length == 0 || y.Length == 0)
        {
            return (null, 0);
        }

        if (string.Equals(x, y, StringComparison.Ordinal))
        {
            return ("locality-same", Math.Max(_w.LocalityFloor, _w.LocalitySame - Penalty(counts, PersonKeys.Locality(x))));
        }

        return JaroWinkler.Similarity(x, y) >= 0.9 ? ("locality-near", _w.LocalityNear) : ("locality-different", _w.LocalityDifferent);
    }

    private double VrmWeight(PersonFeatures a, PersonFeatures b, IKeyCounts counts)
    {
        foreach (var vrm in a.Vrms)
        {
            if (Array.IndexOf(b.Vrms, vrm) >= 0)
            {
                return Math.Max(_w.VrmFloor, _w.Vrm - Penalty(counts, PersonKeys.Vrm(vrm)));
            }
        }

        return 0;
    }

    private static bool AdjacentSwap(string x, string y)
    {
        var i = 0;
        while (i < x.Length && x[i] == y[i])
        {
            i++;
        }

        return i + 1 < x.Length && x[i] == y[i + 1] && x[i + 1] == y[i] && x.AsSpan(i + 2).SequenceEqual(y.AsSpan(i + 2));
    }

    private static bool HammingOne(string x, string y)
    {
        var differences = 0;
        for (var i = 0; i < x.Length && differences < 2; i++)
        {
            differences += x[i] == y[i] ? 0 : 1;
        }

        return differences == 1;
    }

    private readonly record struct AddressScore(bool Compared, double Weight, string? Street, string? Postcode, string? Locality)
    {
        public string? Description => Compared ? string.Join('+', new[] { Street, Postcode, Locality }.Where(l => l is not null)) : null;
    }
}

using Chb.Linking.Text;

namespace Chb.Linking;

/// <summary>
/// The place model: a shared UPRN links outright and different UPRNs never link; otherwise the same
/// postcode, the same premise numbers and one street description contained in the other link. A street-level
/// mention never joins a numbered premise. Rule-based on purpose: a wrong place link moves an enforcement visit.
/// </summary>
public sealed class PlaceModel : ISubjectModel<PlaceFeatures>
{
    private const char Subject = 'L';
    private const double StrongWeight = 20;
    private const double AddressWeight = 15;
    private const double PartialWeight = 8;

    /// <inheritdoc/>
    public IReadOnlyList<long> Keys(PlaceFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var keys = new HashSet<long>();
        if (features.Uprn is not null)
        {
            keys.Add(LinkKeys.Of(Subject, KeyFamily.BlockStrong, features.Uprn));
            keys.Add(LinkKeys.Of(Subject, KeyFamily.FrequencyUprn, features.Uprn));
        }

        if (features.Parts is { } parts)
        {
            if (parts.Postcode.Length > 0)
            {
                keys.Add(LinkKeys.Of(Subject, KeyFamily.BlockPostcode, parts.Postcode));
            }

            var numbers = string.Join(' ', parts.Numbers);
            foreach (var word in parts.Words.Where(w => w.Length >= 3 && !AddressWords.StreetTypes.Contains(w)))
            {
                keys.Add(LinkKeys.Of(Subject, KeyFamily.BlockStreet, $"{numbers}|{word}"));
            }

            keys.Add(LinkKeys.Of(Subject, KeyFamily.FrequencyAddress, parts.Key));
        }
        else if (features is { Easting: { } e, Northing: { } n })
        {
            keys.Add(LinkKeys.Of(Subject, KeyFamily.BlockPostcode, FormattableString.Invariant($"GRID|{e}|{n}")));
        }

        return [.. keys];
    }

    /// <inheritdoc/>
    public MatchResult Compare(PlaceFeatures a, PlaceFeatures b, IKeyCounts counts, ICollection<string>? explanation = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Uprn is not null && b.Uprn is not null)
        {
            var same = string.Equals(a.Uprn, b.Uprn, StringComparison.Ordinal);
            explanation?.Add(same ? "uprn:agree" : "uprn:differ");
            return same
                ? new MatchResult(StrongWeight, LinkOutcome.Link, LinkMethod.StrongIdentifier, false)
                : new MatchResult(-StrongWeight, LinkOutcome.Apart, LinkMethod.StrongIdentifier, true);
        }

        if (a.Parts is null || b.Parts is null)
        {
            var grid = a.Parts is null && b.Parts is null && a.Easting is not null && a.Easting == b.Easting && a.Northing == b.Northing;
            explanation?.Add(grid ? "grid:agree" : "address:missing");
            return grid ? new MatchResult(AddressWeight, LinkOutcome.Link, LinkMethod.Probabilistic, false) : default;
        }

        if (Conflicts(a, b))
        {
            explanation?.Add("address:different-premise");
            return new MatchResult(-AddressWeight, LinkOutcome.Apart, LinkMethod.Probabilistic, true);
        }

        if (!SameDescription(a.Parts, b.Parts))
        {
            return default;
        }

        var bothPostcodes = a.Parts.Postcode.Length > 0 && b.Parts.Postcode.Length > 0;
        var sameLocality = a.Parts.Locality.Length > 0 && string.Equals(a.Parts.Locality, b.Parts.Locality, StringComparison.Ordinal);
        explanation?.Add(bothPostcodes ? "postcode:agree" : sameLocality ? "locality:agree" : "postcode:missing");
        explanation?.Add(a.Parts.Numbers.Length > 0 ? "premise:agree" : "street:agree");
        return bothPostcodes || sameLocality
            ? new MatchResult(AddressWeight, LinkOutcome.Link, LinkMethod.Probabilistic, false)
            : new MatchResult(PartialWeight, LinkOutcome.Review, LinkMethod.Probabilistic, false);
    }

    /// <inheritdoc/>
    public bool Conflicts(PlaceFeatures a, PlaceFeatures b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Uprn is not null && b.Uprn is not null)
        {
            return !string.Equals(a.Uprn, b.Uprn, StringComparison.Ordinal);
        }

        if (a.Parts is null || b.Parts is null)
        {
            return false;
        }

        var postcodes = a.Parts.Postcode.Length > 0 && b.Parts.Postcode.Length > 0 && !string.Equals(a.Parts.Postcode, b.Parts.Postcode, StringComparison.Ordinal);
        return postcodes || !a.Parts.Numbers.AsSpan().SequenceEqual(b.Parts.Numbers);
    }

    private static bool SameDescription(AddressParts a, AddressParts b)
    {
        var (jaccard, containment) = WordOverlap.Measure(a.Words, b.Words);
        return a.Numbers.Length > 0 ? containment >= 1 && a.Words.Length > 0 && b.Words.Length > 0 : jaccard >= 0.8;
    }
}

using System.Globalization;
using Chb.Linking.People;

namespace Chb.Linking;

/// <summary>
/// The person model: strong identifiers link outright; otherwise Fellegi–Sunter weights over names, date of
/// birth, addresses and vehicles, with frequency-aware agreement weights and hard rules for relatives.
/// </summary>
public sealed partial class PersonModel(LinkageOptions options) : ISubjectModel<PersonFeatures>
{
    private readonly PersonWeights _w = options.Person;

    /// <inheritdoc/>
    public IReadOnlyList<long> Keys(PersonFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        return PersonKeys.For(features);
    }

    /// <inheritdoc/>
    public MatchResult Compare(PersonFeatures a, PersonFeatures b, IKeyCounts counts, ICollection<string>? explanation = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(counts);
        var strongAgree = Same(a.Pnc, b.Pnc) || Same(a.Cro, b.Cro);
        var strongConflict = Differ(a.Pnc, b.Pnc) || Differ(a.Cro, b.Cro);
        var names = BestNames(a, b, counts);
        var birth = Birth(a.Birth, b.Birth);
        var birthWeight = BirthWeight(birth, a, counts);
        var address = BestAddress(a, b, counts);
        var vrm = VrmWeight(a, b, counts);
        var weight = names.Weight + birthWeight + address.Weight + vrm;
        var household = IsHousehold(names);
        var relatives = household || IsRelatives(names.Given, names.Family, birth, a.Birth, b.Birth);

        if (explanation is not null)
        {
            Explain(explanation, "pnc", a.Pnc is null || b.Pnc is null ? null : Same(a.Pnc, b.Pnc) ? "agree" : "differ", null);
            Explain(explanation, "cro", a.Cro is null || b.Cro is null ? null : Same(a.Cro, b.Cro) ? "agree" : "differ", null);
            Explain(explanation, "family", Describe(names.Family) + (names.Swapped ? "(swapped)" : string.Empty), names.FamilyWeight);
            Explain(explanation, "given", Describe(names.Given) + (names.Swapped ? "(swapped)" : string.Empty), names.GivenWeight);
            Explain(explanation, "dob", birth == BirthLevel.Missing ? null : Describe(birth), birthWeight);
            Explain(explanation, "address", address.Description, address.Weight);
            Explain(explanation, "vrm", vrm > 0 ? "shared" : null, vrm);
            Explain(explanation, "rule", relatives ? "relatives-pattern" : null, null);
        }

        if (strongConflict)
        {
            return new MatchResult(weight, LinkOutcome.Apart, LinkMethod.StrongIdentifier, Conflict: true);
        }

        if (strongAgree)
        {
            return new MatchResult(weight, LinkOutcome.Link, LinkMethod.StrongIdentifier, Conflict: false);
        }

        var outcome = weight >= options.LinkThreshold ? LinkOutcome.Link
            : weight >= options.ReviewThreshold ? LinkOutcome.Review
            : LinkOutcome.Apart;
        if (household && birth != BirthLevel.Exact)
        {
            // One family, different given names, nothing else personal in common: a household, not one person.
            outcome = LinkOutcome.Apart;
        }
        else if (relatives && outcome == LinkOutcome.Link)
        {
            outcome = LinkOutcome.Review;
        }

        return new MatchResult(weight, outcome, LinkMethod.Probabilistic, relatives);
    }

    /// <inheritdoc/>
    public bool Conflicts(PersonFeatures a, PersonFeatures b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Differ(a.Pnc, b.Pnc) || Differ(a.Cro, b.Cro))
        {
            return true;
        }

        if (Same(a.Pnc, b.Pnc) || Same(a.Cro, b.Cro))
        {
            return false;
        }

        var names = BestNames(a, b, KeyCounts.Empty);
        return IsHousehold(names) || IsRelatives(names.Given, names.Family, Birth(a.Birth, b.Birth), a.Birth, b.Birth);
    }

    /// <summary>
    /// Different given names in one family are never one person without an analyst's say-so, so a weak mention
    /// such as "A Khan" cannot chain Amir and Asif Khan into one cluster.
    /// </summary>
    private bool IsHousehold(NameScore names)
        => options.KeepRelativesApart && names.Given == NameLevel.Different && !names.Swapped
            && names.Family is not (NameLevel.Different or NameLevel.Missing);

    /// <summary>
    /// Father and son (same family name, a generation apart, given names that do not contradict: the same, a
    /// variant, a typo's distance, an initial or missing on one side) and twins (same family name and birth date,
    /// different given names) look alike on every other field, so the weights alone would link them.
    /// </summary>
    private bool IsRelatives(NameLevel given, NameLevel family, BirthLevel birth, BirthDate? a, BirthDate? b)
    {
        if (!options.KeepRelativesApart)
        {
            return false;
        }

        var sameFamily = family is NameLevel.Exact or NameLevel.Variant;
        var generation = birth == BirthLevel.Different && Math.Abs(a!.Year - b!.Year) >= _w.GenerationYears;
        return sameFamily && ((generation && given != NameLevel.Different)
            || (birth == BirthLevel.Exact && given == NameLevel.Different));
    }

    private static bool Same(string? a, string? b) => a is not null && b is not null && string.Equals(a, b, StringComparison.Ordinal);

    private static bool Differ(string? a, string? b) => a is not null && b is not null && !string.Equals(a, b, StringComparison.Ordinal);

    private static string Describe<T>(T level)
        where T : struct, Enum
        => level.ToString().ToLowerInvariant();

    private static void Explain(ICollection<string> lines, string field, string? level, double? weight)
    {
        if (level is null)
        {
            return;
        }

        lines.Add(weight is { } w ? string.Create(CultureInfo.InvariantCulture, $"{field}:{level} {w:+0.0;-0.0;0.0}") : $"{field}:{level}");
    }
}

namespace Chb.Hub.Tactics;

/// <summary>
/// A hub nominal or location to evaluate: the union of the facts of every record linked to it, across agencies.
/// </summary>
/// <param name="Type">Whether it is a person or a place; only tactics with this subject type can match.</param>
/// <param name="Facts">Every fact held, each with the agency and record that state it.</param>
internal sealed record TacticSubject(FactSubject Type, IReadOnlyList<SubjectFact> Facts)
{
    /// <summary>Gets the person's age in whole years; null when unknown (age-bounded tactics then match, marked unverified).</summary>
    public int? Age { get; init; }

    /// <summary>Gets the MoRiLE score of the subject's OCG on a 0–100 scale (values outside are clamped); null when none.</summary>
    public double? MorileScore { get; init; }

    /// <summary>Gets the age in whole years on <paramref name="today"/> of someone born on <paramref name="dateOfBirth"/>.</summary>
    public static int AgeOn(DateOnly dateOfBirth, DateOnly today)
    {
        var age = today.Year - dateOfBirth.Year;
        return dateOfBirth.AddYears(age) > today ? age - 1 : age;
    }
}

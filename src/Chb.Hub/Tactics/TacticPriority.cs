namespace Chb.Hub.Tactics;

/// <summary>The priority of an open tactic.</summary>
internal static class TacticPriority
{
    /// <summary>The number of days over which a fact's weight decays by a factor of e.</summary>
    public const double DecayDays = 365;

    /// <summary>Computes a priority in (0, 100].</summary>
    /// <remarks>
    /// <code>
    /// priority = 100 × (harm / 5) × R × C × T / 4, rounded to 4 decimal places, where
    ///   R (recency)       = 0.25 + 0.75 × exp(−d / 365), d = days from the newest dated justifying fact to today
    ///                       (0 when that fact is dated after today); R = 0.25 when no justifying fact is dated
    ///   C (corroboration) = 1 + 0.25 × (min(n, 5) − 1), n = distinct agencies among the justifying facts (C in [1, 2])
    ///   T (threat)        = 1 + clamp(m, 0, 100) / 100, m = the subject's OCG MoRiLE score; T = 1 when none (T in [1, 2])
    /// </code>
    /// The divisor 4 is the largest C × T, so a harm-5 tactic justified today by five agencies against a
    /// MoRiLE-100 OCG scores 100. Each factor only rises with its input, so more corroboration never lowers priority.
    /// </remarks>
    public static double Compute(int harm, IReadOnlyCollection<SubjectFact> justification, double? morileScore, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(justification);
        var newest = justification.Max(f => f.On);
        var recency = newest is { } date
            ? 0.25 + (0.75 * Math.Exp(-Math.Max(0, today.DayNumber - date.DayNumber) / DecayDays))
            : 0.25;
        var agencies = justification.Select(f => f.Agency).Distinct(StringComparer.Ordinal).Count();
        var corroboration = 1 + (0.25 * (Math.Clamp(agencies, 1, 5) - 1));
        var threat = 1 + (Math.Clamp(morileScore ?? 0, 0, 100) / 100);
        var priority = 100 * (Math.Clamp(harm, 1, 5) / 5.0) * recency * corroboration * threat / 4;
        return Math.Round(priority, 4, MidpointRounding.ToEven);
    }
}

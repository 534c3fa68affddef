namespace Chb.Linking;

/// <summary>What the model decides for a pair.</summary>
public enum LinkOutcome
{
    /// <summary>Different subjects, or not enough evidence: nothing is stored.</summary>
    Apart = 0,

    /// <summary>Possibly the same: queued for an analyst, never linked automatically.</summary>
    Review = 1,

    /// <summary>The same subject.</summary>
    Link = 2,
}

/// <summary>Why a pair was linked.</summary>
public enum LinkMethod
{
    /// <summary>By weighing the evidence (Fellegi–Sunter).</summary>
    Probabilistic = 0,

    /// <summary>By a shared strong identifier: PNC ID, CRO number or UPRN.</summary>
    StrongIdentifier = 1,

    /// <summary>By an analyst's judgement.</summary>
    Analyst = 2,
}

/// <summary>The model's answer for one pair.</summary>
/// <param name="Weight">The match weight in bits (log2 of the likelihood ratio); the thresholds apply to it.</param>
/// <param name="Outcome">Link, review or apart.</param>
/// <param name="Method">How the outcome was reached.</param>
/// <param name="Conflict">Whether a hard rule says these are different subjects (they must never share a cluster).</param>
public readonly record struct MatchResult(double Weight, LinkOutcome Outcome, LinkMethod Method, bool Conflict);

namespace Chb.Hub.Tactics;

/// <summary>The 4P strand (Pursue, Prevent, Protect, Prepare) a tactic serves.</summary>
internal enum FourPStrand
{
    Pursue,
    Prevent,
    Protect,
    Prepare,
}

namespace Chb.Hub.Tactics;

/// <summary>The Clear, Hold, Build phase a tactic serves.</summary>
internal enum ChbPhase
{
    Clear,
    Hold,
    Build,
}

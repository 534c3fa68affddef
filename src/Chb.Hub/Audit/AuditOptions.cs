namespace Chb.Hub.Audit;

/// <summary>Audit chain settings (section <c>Hub:Audit</c>).</summary>
public sealed class AuditOptions
{
    public const string SectionName = "Hub:Audit";

    /// <summary>
    /// Gets or sets the base64 key checkpoints are signed with. Keep it out of the database's reach, so someone who
    /// can rewrite the database cannot also forge a checkpoint. Empty: a key file next to the store is made.
    /// </summary>
    public string? CheckpointKey { get; set; }

    /// <summary>Gets or sets where the generated checkpoint key is kept when <see cref="CheckpointKey"/> is empty.</summary>
    public string CheckpointKeyPath { get; set; } = "data/audit-checkpoint.key";
}

using System.CommandLine;

namespace Chb.Cli.Commands;

/// <summary><c>chb audit verify|checkpoint|query</c>: the hub's hash-chained audit log (roles auditor or admin).</summary>
internal static class AuditCommand
{
    public static Command Create(CliContext context)
    {
        var audit = new Command("audit", "The hub's append-only, hash-chained audit log: verify it, export checkpoints, query it (roles auditor or admin)");
        audit.Subcommands.Add(AuditVerifyCommand.Create(context));
        audit.Subcommands.Add(AuditCheckpointCommand.Create(context));
        audit.Subcommands.Add(AuditQueryCommand.Create(context));
        return audit;
    }
}

using System.CommandLine;
using Chb.Cli.Commands;

namespace Chb.Cli;

/// <summary>The command tree.</summary>
internal static class CliCommands
{
    public static RootCommand Create(CliContext context)
    {
        var root = new RootCommand(
            "chb: the CHB Hub command line. Push partner exports, inspect the hub, load a demo site; as an LRO, see and record options; "
            + "as a GAIN coordinator, see sites and holdings; as an auditor, check the audit log.");
        context.Globals.AddTo(root);
        root.Subcommands.Add(PushCommand.Create(context));
        root.Subcommands.Add(AdaptersCommand.Create(context));
        root.Subcommands.Add(StatusCommand.Create(context));
        root.Subcommands.Add(QuarantineCommand.Create(context));
        root.Subcommands.Add(RetractCommand.Create(context));
        root.Subcommands.Add(DemoCommand.Create(context));
        root.Subcommands.Add(TokenCommand.Create(context));
        root.Subcommands.Add(NominalCommand.Create(context));
        root.Subcommands.Add(LocationCommand.Create(context));
        root.Subcommands.Add(OcgCommand.Create(context));
        root.Subcommands.Add(OutcomeCommand.Create(context));
        root.Subcommands.Add(WatchCommand.Create(context));
        root.Subcommands.Add(SiteCommand.Create(context));
        root.Subcommands.Add(HoldingsCommand.Create(context));
        root.Subcommands.Add(AuditCommand.Create(context));
        return root;
    }
}

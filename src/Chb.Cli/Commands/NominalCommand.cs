using System.CommandLine;

namespace Chb.Cli.Commands;

/// <summary><c>chb nominal search|show</c>: people in the caller's OCG pictures, and the options for one of them.</summary>
internal static class NominalCommand
{
    public static Command Create(CliContext context)
    {
        var nominal = new Command("nominal", "People as the hub linked them across agencies (role lro; your OCGs only)");
        nominal.Subcommands.Add(NominalSearchCommand.Create(context));
        nominal.Subcommands.Add(NominalShowCommand.Create(context));
        return nominal;
    }
}

using System.CommandLine;
using System.Globalization;
using Chb.Cli.Demo;
using Chb.Cli.Push;

namespace Chb.Cli.Commands;

/// <summary><c>chb demo load [--dir DIR]</c>: pushes a demo site's three files (generating them first when no folder is given).</summary>
internal static class DemoLoadCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Option<DirectoryInfo>("--dir") { Description = "A folder made by chb demo generate; omitted, a site is generated into a temporary folder", HelpName = "DIR" };
        directory.AcceptExistingOnly();
        var people = DemoCommand.PeopleOption();
        var seed = DemoCommand.SeedOption();
        var command = new Command("load", "Push a demo site into the hub as its three agencies (WYP, BDC-HOUSING, BDC-ENV)") { directory, people, seed };
        command.SetAction(async (parse, ct) =>
        {
            var session = context.Session(parse);
            var folder = parse.GetValue(directory)?.FullName;
            if (folder is null)
            {
                var spec = new DemoSpec(parse.GetValue(people), parse.GetValue(seed));
                folder = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"chb-demo-{spec.Seed}-{spec.People}"));
                var manifest = await DemoGenerator.WriteAsync(spec, folder, ct);
                if (!session.Output.Json)
                {
                    DemoGenerateCommand.Print(session.Output, manifest);
                }
            }

            using var hub = session.Connect();
            var receipts = new List<PushReceipt>();
            foreach (var file in DemoFiles.All)
            {
                var path = Path.Combine(folder, file.Name);
                if (!File.Exists(path))
                {
                    throw new CliUsageException($"{path} is missing: make the folder with chb demo generate --out {folder}");
                }

                var receipt = await PushRunner.RunAsync(session, hub, new PushJob(path, file.Adapter, file.Agency), ct);
                receipts.Add(receipt);
                if (!session.Output.Json)
                {
                    ReceiptPrinter.Print(session.Output, receipt);
                }
            }

            if (session.Output.Json)
            {
                session.Output.WriteJson(new DemoLoadResult(folder, receipts), CliJson.Output.DemoLoadResult);
            }
            else
            {
                session.Output.Line($"Loaded. Next: chb status --min-sequence {receipts.Max(r => r.LastSequence)}, then chb quarantine");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}

internal sealed record DemoLoadResult(string Directory, IReadOnlyList<PushReceipt> Receipts);

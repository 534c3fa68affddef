using System.CommandLine;
using System.Globalization;
using Chb.Cli.Demo;

namespace Chb.Cli.Commands;

/// <summary><c>chb demo generate --out DIR [--people N] [--seed S]</c>: writes the three partner files and says what is in them.</summary>
internal static class DemoGenerateCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write the three files into (created if missing)", HelpName = "DIR", Required = true };
        var people = DemoCommand.PeopleOption();
        var seed = DemoCommand.SeedOption();
        var command = new Command("generate", "Write a demo site's housing, environmental services and police exports") { output, people, seed };
        command.SetAction(async (parse, ct) =>
        {
            var session = context.Session(parse);
            var spec = new DemoSpec(parse.GetValue(people), parse.GetValue(seed));
            var manifest = await DemoGenerator.WriteAsync(spec, parse.GetValue(output)!.FullName, ct);
            if (session.Output.Json)
            {
                session.Output.WriteJson(manifest, CliJson.Output.DemoManifest);
            }
            else
            {
                Print(session.Output, manifest);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    public static void Print(CliOutput output, DemoManifest manifest)
    {
        output.Line(string.Create(CultureInfo.InvariantCulture, $"Demo site: {manifest.People} people, seed {manifest.Seed}, in {manifest.Directory}"));
        var files = CliOutput.Table("file", "agency", "adapter", "rows", "meant to be rejected");
        foreach (var file in manifest.Files)
        {
            CliOutput.AddRow(files, file.Name, file.Agency, file.Adapter, Text(file.Rows), Text(file.BadRows));
        }

        output.Write(files);
        var f = manifest.Features;
        var features = CliOutput.Table("in the files", "count");
        foreach (var (name, count) in new[]
        {
            ("organised crime groups", f.Ocgs), ("group members", f.OcgMembers), ("police nominals", f.Nominals),
            ("cuckooing cases", f.CuckooingCases), ("complainant rows (adapter keeps only the fact)", f.ComplainantRows),
            ("reporter parties (dropped)", f.ReporterParties), ("CHIS / covert intelligence (handling C)", f.SourceProtectedIntel),
            ("uninsured vehicles", f.NoInsuranceVehicles), ("names spelt differently across agencies", f.NameVariants),
            ("dates of birth with day and month swapped", f.SwappedDatesOfBirth),
        })
        {
            CliOutput.AddRow(features, name, Text(count));
        }

        output.Write(features);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}

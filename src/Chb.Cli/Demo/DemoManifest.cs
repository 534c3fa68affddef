namespace Chb.Cli.Demo;

/// <summary>What <c>chb demo generate</c> wrote: the files in push order, their rows and deliberately bad rows, and the features.</summary>
internal sealed record DemoManifest(int Seed, int People, string Directory, IReadOnlyList<DemoFile> Files, DemoFeatures Features);

/// <summary>One partner file: who pushes it with which adapter, how many rows it has and how many of them are meant to be rejected.</summary>
internal sealed record DemoFile(string Name, string Adapter, string Agency, int Rows, int BadRows);

/// <summary>The three partner files of a demo site, in the order they are pushed (the police first, so groups exist).</summary>
internal static class DemoFiles
{
    public static readonly DemoFile Police = new("police-nominals.xml", "police-nominals-xml/1", "WYP", 0, 0);
    public static readonly DemoFile Housing = new("housing-cases.csv", "housing-cases-csv/1", "BDC-HOUSING", 0, 0);
    public static readonly DemoFile Environment = new("env-enforcement.jsonl", "env-enforcement-jsonl/1", "BDC-ENV", 0, 0);

    public static IReadOnlyList<DemoFile> All { get; } = [Police, Housing, Environment];
}

/// <summary>A generated file's content and counts.</summary>
internal sealed record DemoExport(DemoFile File, byte[] Content);

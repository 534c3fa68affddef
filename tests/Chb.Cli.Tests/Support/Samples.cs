namespace Chb.Cli.Tests.Support;

/// <summary>The partner sample exports, and what the hub answers for each.</summary>
public static class Samples
{
    public static string Path(string file) => System.IO.Path.Combine(AppContext.BaseDirectory, "Samples", file);

    public static TheoryData<string, string, string, int, int> All => new()
    {
        { "housing-cases.csv", "housing-cases-csv/1", "BDC-HOUSING", 10, 1 },
        { "env-enforcement.jsonl", "env-enforcement-jsonl/1", "BDC-ENV", 7, 2 },
        { "police-nominals.xml", "police-nominals-xml/1", "WYP", 6, 1 },
    };
}

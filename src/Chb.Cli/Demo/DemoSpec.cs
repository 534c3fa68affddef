namespace Chb.Cli.Demo;

/// <summary>How big a demo site to make and from which seed; the same spec always gives byte-identical files.</summary>
internal sealed record DemoSpec(int People, int Seed)
{
    public const int DefaultPeople = 300;
    public const int MinPeople = 60;
    public const int MaxPeople = 50_000;
    public const int DefaultSeed = 2024;

    /// <summary>Gets the day the partners exported: every date in the site falls before it, whatever today is.</summary>
    public static DateOnly ExportDate { get; } = new(2024, 3, 5);
}

using Chb.Bench.Linkage;
using Chb.Linking;

var options = new LinkageOptions { KeepRelativesApart = !args.Contains("--no-relatives-rules") };
args = [.. args.Where(a => a != "--no-relatives-rules")];
return args switch
{
    ["febrl", var file] => Report(Runner.Run(Path.GetFileName(file), FebrlReader.Read(file, 0), false, options, Console.Out)),
    ["febrl", var a, var b] => Report(Runner.Run(
        $"{Path.GetFileName(a)} x {Path.GetFileName(b)}", [.. FebrlReader.Read(a, 0), .. FebrlReader.Read(b, 1)], true, options, Console.Out)),
    ["febrl-split", var file] => Report(Runner.Run(
        $"{Path.GetFileName(file)} originals x duplicates", FebrlReader.SplitOriginalsFromDuplicates(FebrlReader.Read(file, 0)), true, options, Console.Out)),
    ["febrl-breakdown", var file] => Breakdown.Print(FebrlReader.Read(file, 0), false, options, Console.Out),
    ["febrl-split-breakdown", var file] => Breakdown.Print(FebrlReader.SplitOriginalsFromDuplicates(FebrlReader.Read(file, 0)), true, options, Console.Out),
    ["synthetic-keys", var count] => KeyStats.Print(SyntheticPeople.Generate(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), seed: 20241124), options, Console.Out),
    ["febrl-keys", var file] => KeyStats.Print(FebrlReader.Read(file, 0), options, Console.Out),
    ["synthetic-breakdown", var count] => Breakdown.Print(SyntheticPeople.Generate(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), seed: 20241124), false, options, Console.Out),
    ["febrl-levels", var file] => Levels.Print(FebrlReader.Read(file, 0), options, Console.Out),
    ["febrl-misses", var file] => Misses.Print(FebrlReader.Read(file, 0), options, 60, Console.Out),
    ["synthetic-misses", var count] => Misses.Print(SyntheticPeople.Generate(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), seed: 20241124), options, 40, Console.Out),
    ["synthetic", var count] => Report(Runner.Run(
        $"synthetic {count}", SyntheticPeople.Generate(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), seed: 20241124), false, options, Console.Out)),
    _ => Usage(),
};

static int Report(Evaluation evaluation) => evaluation.PredictedPairs >= 0 ? 0 : 1;

static int Usage()
{
    Console.Error.WriteLine("""
        usage: Chb.Bench.Linkage febrl <file.csv>                 deduplicate one FEBRL file
               Chb.Bench.Linkage febrl <a.csv> <b.csv>            link two FEBRL files (pairs across files only)
               Chb.Bench.Linkage febrl-split <file.csv>           link a file's originals against its duplicates
               Chb.Bench.Linkage synthetic <count>                generate <count> labelled people and deduplicate them
        """);
    return 2;
}

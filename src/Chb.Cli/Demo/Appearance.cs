namespace Chb.Cli.Demo;

/// <summary>How a partner agency records a person: sometimes with another spelling or nickname, now and then with day and month swapped.</summary>
internal static class Appearance
{
    public static (string Given, string Family, DateOnly DateOfBirth) Of(DemoPerson person, DemoRandom random, DemoFeatures features)
    {
        var (given, family, dob) = (person.Given, person.Family, person.DateOfBirth);
        if (random.Chance(person.IsNominal ? 0.5 : 0.15) && NameVariants.Vary(person, random) is { } variant)
        {
            (given, family) = variant;
            features.NameVariants++;
        }

        if (random.Chance(person.IsNominal ? 0.12 : 0.03) && NameVariants.SwapDayMonth(dob) is { } swapped)
        {
            dob = swapped;
            features.SwappedDatesOfBirth++;
        }

        return (given, family, dob);
    }
}

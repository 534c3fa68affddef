namespace Chb.Linking;

/// <summary>A pair the clusterer may join: mentions by index, the model's weight, and whether an analyst confirmed it.</summary>
/// <param name="A">The first mention's index.</param>
/// <param name="B">The second mention's index.</param>
/// <param name="Weight">The match weight.</param>
/// <param name="Confirmed">Whether an analyst confirmed the pair; confirmed pairs join first and override model conflicts.</param>
public readonly record struct ClusterEdge(int A, int B, double Weight, bool Confirmed);

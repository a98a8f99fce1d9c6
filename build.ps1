#!/usr/bin/env pwsh
# SiteGen's tasks. Run with the repo's local PowerShell: dotnet tool restore && dotnet pwsh ./build.ps1 <task>
#   build        compile the solution (Release)
#   test         run every test project with line coverage of src/, then the process tests again against the Native
#                AOT sitegen (publish-aot; skipped with a note where clang is missing, unless SITEGEN_REQUIRE_AOT=1);
#                prints the coverage, then "N passed, N failed, N skipped" over both
#   site         build the sample site (content/) into content/_site
#   serve        preview the sample site with live reload
#   pack         pack the sitegen .NET tool into artifacts/: the pointer package, this machine's Native AOT package
#                and the framework-dependent fallback (any)
#   publish-aot  publish the Native AOT sitegen for this machine into artifacts/aot/
#   test-aot     publish-aot, then run the tests that start the program (Cli, KilledBuildTests) against it
#   bench        benchmark SiteGen against Hugo on ../shared/bench's corpus (see docs/benchmarks.md)
#   screenshots  regenerate docs/screenshots/ in Chromium (the sample site plus generated dispatches)
#   robustness   run the tests docs/reliability.md cites and print its counts (cases, faults, property cases)
# Everything after the task goes to the tool it runs, e.g. ./build.ps1 bench -- --counts 1000,10000 (a leading
# "--" is dropped). There is no param() block on purpose: PowerShell would bind "--counts" as a parameter name
# of this script and refuse it, where $args receives it as written.
$tasks = @('build', 'test', 'site', 'serve', 'pack', 'publish-aot', 'test-aot', 'bench', 'screenshots', 'robustness')
$Task = if ($args.Count -gt 0) { [string]$args[0] } else { 'build' }
[string[]]$Rest = @($args | Select-Object -Skip 1)
if ($Rest.Count -gt 0 -and $Rest[0] -eq '--') { $Rest = @($Rest | Select-Object -Skip 1) }
if ($tasks -notcontains $Task) {
    Write-Error "unknown task '$Task'; one of: $($tasks -join ', ')" -ErrorAction Continue
    exit 2
}
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$root = $PSScriptRoot
$configuration = 'Release'

function Invoke-Native([string]$command, [string[]]$arguments) {
    & $command @arguments
    if ($LASTEXITCODE -ne 0) { throw "$command $($arguments -join ' ') exited with $LASTEXITCODE" }
}

# The RID this machine's native sitegen is compiled for (linux-x64, osx-arm64, ...): Native AOT cannot cross operating systems.
$rid = [System.Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier
$cli = Join-Path $root 'src/SiteGen.Cli'
$aotFolder = Join-Path $root 'artifacts/aot'

function Publish-Aot {
    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    # With its debug symbols (sitegen.dbg, for perf and gdb), which the tool packages leave out.
    Invoke-Native 'dotnet' @('publish', $cli, '-c', $configuration, '-r', $rid, '-o', $aotFolder, '-p:CopyOutputSymbolsToPublishDirectory=true')
    Write-Output ("Published the Native AOT sitegen ({0}) to {1} in {2:N0} s" -f $rid, $aotFolder, $watch.Elapsed.TotalSeconds)
}

# The tests that start the program (Cli, KilledBuildTests), run against the native sitegen; returns dotnet test's exit
# code (its output goes to the host, so that it is not taken for the function's result).
function Invoke-AotTests([string]$results, [string[]]$extra) {
    $env:SITEGEN_CLI = Join-Path $aotFolder ($IsWindows ? 'sitegen.exe' : 'sitegen')
    try {
        & dotnet test (Join-Path $root 'tests/SiteGen.Tests') -c $configuration --filter 'FullyQualifiedName~SiteGen.Tests.Cli|FullyQualifiedName~KilledBuildTests' --logger 'trx' --results-directory $results @extra | Out-Host
        return $LASTEXITCODE
    }
    finally {
        Remove-Item Env:SITEGEN_CLI
    }
}

function Invoke-Sitegen([string[]]$arguments) {
    Invoke-Native 'dotnet' (@('run', '--project', (Join-Path $root 'src/SiteGen.Cli'), '-c', $configuration, '--') + $arguments)
}

# Line coverage of src/ from the Cobertura reports coverlet wrote under $results, one per test project: a line counts
# as covered when any project's tests ran it, so the figure is the union of what the test projects cover.
function Get-LineCoverage([string]$results) {
    $src = [IO.Path]::GetFullPath((Join-Path $root 'src')) + [IO.Path]::DirectorySeparatorChar
    $lines = @{}
    foreach ($file in Get-ChildItem -Path $results -Filter 'coverage.cobertura.xml' -Recurse -ErrorAction SilentlyContinue) {
        [xml]$report = Get-Content -Raw -LiteralPath $file.FullName
        # SelectNodes, not $report.coverage.sources.source: a project that covers nothing of src/ (the benchmark's
        # own tests) writes an empty <sources/>, which strict mode refuses as a missing property.
        $sources = @($report.SelectNodes('/coverage/sources/source') | ForEach-Object { $_.InnerText })
        foreach ($class in $report.SelectNodes('//class')) {
            $path = $class.filename
            if (-not [IO.Path]::IsPathRooted($path)) {
                $path = @($sources | ForEach-Object { Join-Path $_ $class.filename } | Where-Object { Test-Path $_ }) | Select-Object -First 1
                if ($null -eq $path) { continue }
            }
            $path = [IO.Path]::GetFullPath($path)
            if (-not $path.StartsWith($src, [StringComparison]::Ordinal) -or $path.Contains("$([IO.Path]::DirectorySeparatorChar)obj$([IO.Path]::DirectorySeparatorChar)")) { continue }
            foreach ($line in $class.SelectNodes('lines/line')) {
                $key = "${path}:$($line.number)"
                $lines[$key] = [bool]$lines[$key] -or ([int64]$line.hits -gt 0)
            }
        }
    }
    if ($lines.Count -eq 0) { return 'line coverage of src/: no coverage report found' }
    $covered = @($lines.Values | Where-Object { $_ }).Count
    return ('line coverage of src/: {0:0.0}% ({1} of {2} lines)' -f (100.0 * $covered / $lines.Count), $covered, $lines.Count)
}

switch ($Task) {
    'build' {
        Invoke-Native 'dotnet' @('build', (Join-Path $root 'SiteGen.sln'), '-c', $configuration)
    }
    'test' {
        $results = Join-Path $root 'artifacts/test-results'
        if (Test-Path $results) { Remove-Item -Recurse -Force $results }
        & dotnet test (Join-Path $root 'SiteGen.sln') -c $configuration --logger 'trx' --results-directory $results `
            --collect 'XPlat Code Coverage' --settings (Join-Path $root 'tests/coverage.runsettings') @Rest
        $testExit = $LASTEXITCODE
        # The process tests once more against the native program the README installs, counted in the same totals.
        # Native AOT needs clang (and lld, zlib1g-dev) on Linux: without them this part is skipped with a note,
        # unless SITEGEN_REQUIRE_AOT=1 (.ci/run), under which it fails instead.
        $aotNote = $null
        if ($Rest.Count -gt 0) {
            $aotNote = 'the process tests against the native sitegen were not run: arguments after the task go to the first dotnet test only'
        }
        elseif ($IsLinux -and -not (Get-Command clang -ErrorAction SilentlyContinue) -and $env:SITEGEN_REQUIRE_AOT -ne '1') {
            $aotNote = 'the process tests against the native sitegen were not run: clang is missing (apt-get install -y clang lld zlib1g-dev)'
        }
        else {
            $aotExit = 1
            try {
                Publish-Aot
                $aotExit = Invoke-AotTests (Join-Path $results 'aot') @('--no-build')
            }
            catch {
                Write-Output "publishing the native sitegen failed: $_"
            }
            if ($testExit -eq 0) { $testExit = $aotExit }
        }
        $passed = 0; $failed = 0; $skipped = 0
        foreach ($file in Get-ChildItem -Path $results -Filter '*.trx' -Recurse -ErrorAction SilentlyContinue) {
            [xml]$trx = Get-Content -Raw -LiteralPath $file.FullName
            # Counted from each result's outcome: the summary's notExecuted counter stays 0 when xunit skips a test.
            foreach ($result in @($trx.TestRun.Results.UnitTestResult)) {
                if ($null -eq $result) { continue }
                switch ($result.outcome) { 'Passed' { $passed++ } 'NotExecuted' { $skipped++ } default { $failed++ } }
            }
        }
        Write-Output (Get-LineCoverage $results)
        if ($null -ne $aotNote) { Write-Output $aotNote }
        if ($testExit -ne 0 -and $failed -eq 0) { $failed = 1 }
        Write-Output ("{0} passed, {1} failed, {2} skipped" -f $passed, $failed, $skipped)
        if ($testExit -ne 0) { exit $testExit }
    }
    'site' {
        Invoke-Sitegen (@('build', '--source', (Join-Path $root 'content')) + $Rest)
    }
    'serve' {
        Invoke-Sitegen (@('serve', '--source', (Join-Path $root 'content')) + $Rest)
    }
    'pack' {
        # .NET 10 RID-specific tool packages: SiteGen (the pointer `dotnet tool install` reads), SiteGen.<rid> (native,
        # packed on each platform in ToolPackageRuntimeIdentifiers), SiteGen.any (on the JIT, for every other machine).
        $artifacts = Join-Path $root 'artifacts'
        Invoke-Native 'dotnet' @('pack', $cli, '-c', $configuration, '-o', $artifacts)
        Invoke-Native 'dotnet' @('pack', $cli, '-c', $configuration, '-r', $rid, '-o', $artifacts)
        Invoke-Native 'dotnet' @('pack', $cli, '-c', $configuration, '-r', 'any', '-p:PublishAot=false', '-o', $artifacts)
    }
    'publish-aot' {
        Publish-Aot
    }
    'test-aot' {
        Publish-Aot
        $results = Join-Path $root 'artifacts/test-aot-results'
        if (Test-Path $results) { Remove-Item -Recurse -Force $results }
        $testExit = Invoke-AotTests $results $Rest
        if ($testExit -ne 0) { exit $testExit }
    }
    'bench' {
        Invoke-Native 'dotnet' (@('run', '--project', (Join-Path $root 'tests/SiteGen.Benchmarks'), '-c', $configuration, '--') + $Rest)
    }
    'robustness' {
        # The tests docs/reliability.md cites carry [Trait("Category", "Robustness")]; faults, the ones that break the
        # disk, the process or the importer's input on purpose, also carry [Trait("Category", "Fault")].
        $results = Join-Path $root 'artifacts/robustness-results'
        if (Test-Path $results) { Remove-Item -Recurse -Force $results }
        $project = Join-Path $root 'tests/SiteGen.Tests'
        & dotnet test $project -c $configuration --filter 'Category=Robustness' --logger 'trx' --results-directory $results @Rest
        $testExit = $LASTEXITCODE
        # A TRX file does not record traits: the fault tests are listed by their trait, as methods without arguments.
        $faults = @{}
        foreach ($line in & dotnet test $project -c $configuration --no-build --list-tests --filter 'Category=Fault') {
            if ($line -match '^\s{4}(\S[^(]*)') { $faults[$Matches[1]] = $true }
        }
        $tried = 0; $passed = 0; $failed = 0; $skipped = 0; $survived = 0; $propertyCases = 0
        foreach ($file in Get-ChildItem -Path $results -Filter '*.trx' -Recurse) {
            [xml]$trx = Get-Content -Raw -LiteralPath $file.FullName
            foreach ($result in $trx.TestRun.Results.UnitTestResult) {
                $tried++
                switch ($result.outcome) { 'Passed' { $passed++ } 'NotExecuted' { $skipped++ } default { $failed++ } }
                if ($result.outcome -eq 'Passed' -and $faults.ContainsKey(($result.testName -split '\(')[0])) { $survived++ }
                foreach ($stdout in $result.GetElementsByTagName('StdOut')) {
                    if ($stdout.InnerText -match 'Ok, passed (\d+) tests') { $propertyCases += [int]$Matches[1] }
                }
            }
        }
        Write-Output ("cases tried: {0}; faults survived: {1}; property-test cases run: {2}" -f $tried, $survived, $propertyCases)
        Write-Output ("{0} passed, {1} failed, {2} skipped" -f $passed, $failed, $skipped)
        if ($testExit -ne 0) { exit $testExit }
    }
    'screenshots' {
        Invoke-Native 'dotnet' (@('run', '--project', (Join-Path $root 'tests/SiteGen.BrowserTests'), '-c', $configuration, '--', 'screenshots') + $Rest)
    }
}

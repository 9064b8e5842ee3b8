import type { Argv, CommandModule } from 'yargs';
import { loadCalibration } from '../calibrate/calibration-file.js';
import { calibrationDate, calibrationFiles } from '../calibrate/fit-files.js';
import { fitCalibration } from '../calibrate/fit.js';
import { checkOutputDir, writeFileAtomic, writeOutputSet } from '../output/atomic-write.js';
import { EXIT, runCommand } from './exit-codes.js';

interface Args {
  calibration: string;
  out: string;
  quiet: boolean;
}

export const calibrateCommand: CommandModule<object, Args> = {
  command: 'calibrate <calibration>',
  describe: 'Fit scenario parameters to published figures by weighted least squares (Levenberg-Marquardt)',
  builder: (y: Argv) =>
    y
      .positional('calibration', { type: 'string', demandOption: true, describe: 'calibration file (YAML): a scenario, the parameters to fit, the targets' })
      .option('out', { type: 'string', demandOption: true, describe: 'output directory (fit.csv, parameters.csv, calibration.json, model.yaml, end-stock.yaml, report.html)' })
      .option('quiet', { type: 'boolean', default: false, describe: 'print nothing on success' })
      .example('$0 calibrate scenarios/calibration-2019.yaml --out out/calibration-2019', 'fit the back-test from 2019 to the SSC figures; installs its model files when it converges') as unknown as Argv<Args>,
  handler: (args) =>
    runCommand(async () => {
      const started = performance.now();
      checkOutputDir(args.out);
      const say = (line: string) => {
        if (!args.quiet) process.stderr.write(`${line}\n`);
      };
      const cal = await loadCalibration(args.calibration);
      say(`ssc-proj: fitting ${cal.parameters.length} parameters to ${cal.targets.filter((t) => t.weight > 0).length} targets (at most ${cal.maxIterations} iterations)`);
      const result = await fitCalibration(cal, (p) => say(`  iteration ${p.iterations}/${p.maxIterations}: objective ${p.objective.toExponential(4)}, ${p.evaluations} projections, ${((performance.now() - started) / 1000).toFixed(0)} s`));
      const files = calibrationFiles(cal, result, calibrationDate());
      const installs = [
        ...(cal.outputs.model === null ? [] : [{ path: cal.outputs.model, data: files.find((f) => f.name === 'model.yaml')!.data }]),
        ...(cal.outputs.endStock === null ? [] : [{ path: cal.outputs.endStock, data: files.find((f) => f.name === 'end-stock.yaml')!.data }]),
      ];
      // A fit that did not converge still writes its best point, but installs no model file.
      // The output set as a whole (staged beside --out); the fitted model files, when converged, each through a temporary name.
      writeOutputSet(args.out, files);
      if (result.converged) for (const f of installs) writeFileAtomic(f.path, f.data);
      for (const t of result.targets) say(`  ${t.label}: published ${t.value}, fitted ${t.fitted.toFixed(1)} (${(100 * t.relative).toFixed(2)}%)${t.weight === 0 ? ', not fitted' : ''}`);
      if (!result.converged) {
        process.stderr.write(`ssc-proj: calibration did not converge: ${result.reason}; wrote the best point to ${args.out}\n`);
        process.exitCode = EXIT.runFailed;
        return;
      }
      say(`ssc-proj: converged (${result.reason}) after ${result.iterations} iterations; wrote ${files.map((f) => f.name).join(', ')} to ${args.out}${installs.length > 0 ? ` and ${installs.map((i) => i.path).join(', ')}` : ''} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    }),
};

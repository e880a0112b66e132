/**
 * Docker, compose and Kubernetes cannot run on the machines this project is
 * built on, so the deployment files are held to @hearth/config here instead:
 * a service or port added, renamed or mistyped in one place and not the others
 * fails this file before it fails a deployment.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FRONTENDS, GATEWAY_PORT, SUBGRAPHS, SUBGRAPH_NAMES, type FrontendName } from '@hearth/config';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const at = (...parts: string[]) => path.join(REPO, ...parts);

const COMPOSE_DIR = at('infra/compose');
const K8S_DIR = at('infra/k8s');
const BASE_DIR = at('infra/k8s/base');
const PRODUCTION_DIR = at('infra/k8s/overlays/production');

/** Every Node process: the subgraphs and the gateway, with the port each listens on. */
const NODE_SERVICES: [string, number][] = [...SUBGRAPH_NAMES.map((name): [string, number] => [name, SUBGRAPHS[name].port]), ['gateway', GATEWAY_PORT]];
const FRONTEND_NAMES = Object.keys(FRONTENDS) as FrontendName[];
/** The frontends the portal loads at run time: every frontend but the portal itself. */
const REMOTE_NAMES = FRONTEND_NAMES.filter((name) => name !== 'portal');

/** Environment variables whose values must come from a secret store, never from a manifest. */
const SECRET_NAME = /SECRET|PASSWORD|TOKEN|PRIVATE|CREDENTIAL|^DATABASE_URL$/;

function readYaml(file: string): any[] {
  const docs = parseAllDocuments(readFileSync(file, 'utf8'), { merge: true });
  return Array.from(docs, (doc) => {
    if (doc.errors.length > 0) throw new Error(`${path.relative(REPO, file)} is not valid YAML: ${doc.errors[0]!.message}`);
    return doc.toJS();
  }).filter((value) => value !== null && value !== undefined);
}

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((relative) => path.join(dir, relative))
    .filter((file) => statSync(file).isFile() && keep(file))
    .sort();
}
const isYaml = (file: string) => /\.ya?ml$/.test(file);

/** Compose's ${VAR:-default} becomes the default; a variable without one becomes «VAR». */
function interpolate(value: string): string {
  return value
    .replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}/g, (_match, name: string, operator?: string, rest?: string) =>
      operator === ':-' || operator === '-' ? (rest ?? '') : `«${name}»`,
    )
    .replace(/\$\$/g, '$');
}

function requiredVariables(text: string): string[] {
  return [...text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?\?[^}]*)?\}/g)].map((match) => match[1]!);
}

function environmentOf(service: any): Record<string, string> {
  const environment = service?.environment ?? {};
  if (Array.isArray(environment)) {
    return Object.fromEntries(environment.map((entry: string) => [entry.split('=')[0], entry.slice(entry.indexOf('=') + 1)]));
  }
  return Object.fromEntries(Object.entries(environment).map(([key, value]) => [key, String(value)]));
}

/** Container ports a compose service publishes or exposes. */
function composeContainerPorts(service: any): number[] {
  const published = (service?.ports ?? []).map((port: any) =>
    typeof port === 'object' ? Number(port.target) : Number(String(port).split('/')[0]!.split(':').pop()),
  );
  return [...published, ...(service?.expose ?? []).map(Number)];
}

function composeHostPorts(service: any): number[] {
  return (service?.ports ?? []).map((port: any) => {
    if (typeof port === 'object') return Number(port.published);
    const parts = String(port).split('/')[0]!.split(':');
    return Number(parts.length >= 2 ? parts[parts.length - 2] : parts[0]);
  });
}

function healthcheckCommand(service: any): string {
  const test = service?.healthcheck?.test;
  return Array.isArray(test) ? test.join(' ') : String(test ?? '');
}

interface Instruction {
  keyword: string;
  args: string;
}

/** A Dockerfile's instructions, stage by stage (continuation lines joined, comments dropped). */
function dockerStages(file: string): Instruction[][] {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !/^\s*#/.test(line));
  const instructions: Instruction[] = [];
  let pending = '';
  for (const line of lines) {
    pending += line.replace(/\\\s*$/, ' ');
    if (/\\\s*$/.test(line)) continue;
    const match = pending.trim().match(/^(\w+)\s+([\s\S]*)$/);
    if (match) instructions.push({ keyword: match[1]!.toUpperCase(), args: match[2]! });
    pending = '';
  }
  const stages: Instruction[][] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') stages.push([]);
    stages.at(-1)?.push(instruction);
  }
  return stages;
}

function finalStage(file: string): Instruction[] {
  const stage = dockerStages(file).at(-1);
  if (!stage) throw new Error(`${file} has no FROM`);
  return stage;
}

function argDefault(file: string, name: string): string | undefined {
  const line = readFileSync(file, 'utf8').match(new RegExp(`^ARG ${name}=(\\S+)`, 'm'));
  return line?.[1];
}

function dockerUser(file: string): string | undefined {
  return finalStage(file)
    .filter((instruction) => instruction.keyword === 'USER')
    .at(-1)?.args.trim();
}

/** Files a Dockerfile copies from the build context (the repository root). */
function contextSources(file: string): string[] {
  return dockerStages(file)
    .flat()
    .filter((instruction) => instruction.keyword === 'COPY' && !/--from=/.test(instruction.args))
    .flatMap((instruction) => {
      const words = instruction.args.split(/\s+/).filter((word) => word && !word.startsWith('--'));
      return words.slice(0, -1).filter((source) => source !== '.');
    });
}

// ---------------------------------------------------------------------------
// Loaded once: compose, the base, the overlay.

const compose = readYaml(path.join(COMPOSE_DIR, 'compose.yaml'))[0];
const services: Record<string, any> = compose?.services ?? {};

const baseKustomization = readYaml(path.join(BASE_DIR, 'kustomization.yaml'))[0];
const productionKustomization = readYaml(path.join(PRODUCTION_DIR, 'kustomization.yaml'))[0];
const baseResources: any[] = (baseKustomization.resources ?? []).flatMap((resource: string) => {
  const file = path.join(BASE_DIR, resource);
  return existsSync(file) ? readYaml(file) : [];
});
const find = (kind: string, name: string) => baseResources.find((resource) => resource.kind === kind && resource.metadata?.name === name);

/** The ConfigMaps kustomize generates, by name, as key/value records. */
const generatedConfigMaps: Record<string, Record<string, string>> = Object.fromEntries(
  (baseKustomization.configMapGenerator ?? []).map((generator: any) => [
    generator.name,
    Object.fromEntries((generator.literals ?? []).map((literal: string) => [literal.split('=')[0], literal.slice(literal.indexOf('=') + 1)])),
  ]),
);

function container(deployment: any): any {
  return deployment?.spec?.template?.spec?.containers?.[0];
}

function resolvePort(containerSpec: any, port: number | string): number | undefined {
  if (typeof port === 'number') return port;
  if (/^\d+$/.test(port)) return Number(port);
  return containerSpec?.ports?.find((candidate: any) => candidate.name === port)?.containerPort;
}

/** A container's environment as the pod sees it: its own entries over those of its ConfigMaps. */
function effectiveEnvironment(containerSpec: any): Record<string, any> {
  const fromConfigMaps = Object.assign(
    {},
    ...(containerSpec?.envFrom ?? [])
      .filter((source: any) => source.configMapRef)
      .map((source: any) => generatedConfigMaps[source.configMapRef.name] ?? find('ConfigMap', source.configMapRef.name)?.data ?? {}),
  );
  const own = Object.fromEntries((containerSpec?.env ?? []).map((entry: any) => [entry.name, entry.value ?? entry.valueFrom]));
  return { ...fromConfigMaps, ...own };
}

function imageName(image: string): string {
  return image.replace(/[:@].*$/, '');
}

const nodeImageUser = dockerUser(at('infra/docker/Dockerfile'));
const frontendImageUser = dockerUser(at('infra/docker/Dockerfile.frontends'));
const frontendContainerPort = Number(
  finalStage(at('infra/docker/Dockerfile.frontends'))
    .find((instruction) => instruction.keyword === 'EXPOSE')
    ?.args.trim(),
);

// ---------------------------------------------------------------------------

describe('images', () => {
  const dockerfile = at('infra/docker/Dockerfile');
  const frontendsDockerfile = at('infra/docker/Dockerfile.frontends');

  it('install pnpm at the version the workspace pins, never through corepack', () => {
    const packageManager = JSON.parse(readFileSync(at('package.json'), 'utf8')).packageManager as string;
    for (const file of [dockerfile, frontendsDockerfile]) {
      expect(`pnpm@${argDefault(file, 'PNPM_VERSION')}`, path.relative(REPO, file)).toBe(packageManager);
      const instructions = dockerStages(file).flat();
      expect(instructions.some((instruction) => /corepack/.test(instruction.args)), `${path.relative(REPO, file)} uses corepack`).toBe(false);
      expect(instructions.some((instruction) => /pnpm install .*--frozen-lockfile/.test(instruction.args))).toBe(true);
    }
  });

  it('run the Node services as a numeric non-root user, in production mode', () => {
    expect(nodeImageUser, 'USER in the final stage').toMatch(/^[1-9]\d*(:\d+)?$/);
    const env = finalStage(dockerfile)
      .filter((instruction) => instruction.keyword === 'ENV')
      .map((instruction) => instruction.args)
      .join(' ');
    expect(env).toMatch(/\bNODE_ENV=production\b/);
    const entrypoint = finalStage(dockerfile).find((instruction) => instruction.keyword === 'ENTRYPOINT');
    expect(entrypoint?.args).toMatch(/hearth-service/);
  });

  it('serve the frontends as a numeric non-root user on the port compose and Kubernetes use', () => {
    expect(frontendImageUser).toMatch(/^[1-9]\d*(:\d+)?$/);
    expect(frontendContainerPort).toBeGreaterThan(1024);
  });

  it('copy only files that exist', () => {
    for (const file of [dockerfile, frontendsDockerfile]) {
      for (const source of contextSources(file)) {
        expect(existsSync(at(source)), `${path.relative(REPO, file)} copies ${source}`).toBe(true);
      }
    }
  });

  it('keep installed dependencies out of the build context', () => {
    for (const file of [dockerfile, frontendsDockerfile]) {
      const ignore = readFileSync(`${file}.dockerignore`, 'utf8').split('\n');
      expect(ignore, `${path.relative(REPO, file)}.dockerignore`).toContain('**/node_modules');
    }
  });
});

describe('the frontend entrypoint', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'hearth-frontend-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  // Stands in for nginx: records that it was started, so a refused configuration can be seen not to start it.
  writeFileSync(path.join(work, 'nginx'), `#!/bin/sh\ntouch "${work}/nginx-started"\n`, { mode: 0o755 });

  function run(environment: Record<string, string>) {
    rmSync(path.join(work, 'nginx-started'), { force: true });
    const configFile = path.join(work, 'config.json');
    rmSync(configFile, { force: true });
    const result = spawnSync('sh', [at('infra/docker/nginx/hearth-frontend.sh')], {
      env: { PATH: `${work}${path.delimiter}${process.env.PATH ?? ''}`, HEARTH_CONFIG_JSON: configFile, ...environment },
      encoding: 'utf8',
    });
    return {
      status: result.status,
      stderr: result.stderr,
      config: existsSync(configFile) ? JSON.parse(readFileSync(configFile, 'utf8')) : undefined,
      nginxStarted: existsSync(path.join(work, 'nginx-started')),
    };
  }

  it('writes /config.json from compose’s environment, in the shape runtimeConfigFromEnv gives, then starts nginx', () => {
    const environment = Object.fromEntries(
      Object.entries(environmentOf(services['portal-web'])).map(([key, value]) => [key, interpolate(value)]),
    );
    const result = run(environment);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.config).toEqual({
      gatewayUrl: `http://localhost:${GATEWAY_PORT}`,
      remotes: Object.fromEntries(REMOTE_NAMES.map((name) => [name, `http://localhost:${FRONTENDS[name].port}`])),
    });
    expect(result.nginxStarted).toBe(true);
  });

  it('trims trailing slashes as runtimeConfigFromEnv does', () => {
    const result = run({ HEARTH_GATEWAY_URL: 'https://api.example.test//', HEARTH_REMOTE_FAMILIES_URL: 'https://families.example.test/' });
    expect(result.config).toEqual({ gatewayUrl: 'https://api.example.test', remotes: { families: 'https://families.example.test' } });
  });

  it('refuses a URL that would break the JSON, and never starts nginx with it', () => {
    const result = run({ HEARTH_GATEWAY_URL: 'http://localhost:4000', HEARTH_REMOTE_FAMILIES_URL: 'http://x"},"y":"z' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/HEARTH_REMOTE_FAMILIES_URL/);
    expect(result.nginxStarted).toBe(false);
  });

  it('refuses to start without the gateway URL', () => {
    const result = run({});
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/HEARTH_GATEWAY_URL/);
    expect(result.nginxStarted).toBe(false);
  });
});

describe('compose', () => {
  it('has PostgreSQL 16 on a volume, checked with pg_isready', () => {
    const postgres = services.postgres;
    expect(postgres, 'a postgres service').toBeDefined();
    expect(postgres.image).toMatch(/^postgres:16([.-]|$)/);
    const dataVolume = (postgres.volumes ?? []).find((volume: string) => String(volume).endsWith(':/var/lib/postgresql/data'));
    expect(dataVolume, 'a volume at /var/lib/postgresql/data').toBeDefined();
    expect(Object.keys(compose.volumes ?? {})).toContain(String(dataVolume).split(':')[0]);
    expect(healthcheckCommand(postgres)).toMatch(/pg_isready/);
  });

  it.each(NODE_SERVICES)('runs %s from the Node image on port %i', (name, port) => {
    const service = services[name];
    expect(service, `compose service ${name}`).toBeDefined();
    expect(service.build?.dockerfile).toBe('infra/docker/Dockerfile');
    expect(path.resolve(COMPOSE_DIR, service.build?.context ?? '.') + path.sep).toBe(REPO);
    expect(service.command).toEqual([name]);
    expect(environmentOf(service).PORT, `${name} PORT`).toBe(String(port));
    expect(composeContainerPorts(service), `${name} exposes or publishes ${port}`).toContain(port);
  });

  it.each(NODE_SERVICES)('health-checks %s on /healthz at port %i without curl', (name, port) => {
    const command = healthcheckCommand(services[name]);
    expect(command).toMatch(new RegExp(`//(127\\.0\\.0\\.1|localhost):${port}/healthz\\b`));
    expect(command).toMatch(/^CMD(-SHELL)? node /);
  });

  it.each(SUBGRAPH_NAMES)('connects %s to the postgres service once it is healthy, with secrets from the environment', (name) => {
    const service = services[name];
    const environment = environmentOf(service);
    const database = new URL(interpolate(environment.DATABASE_URL ?? ''));
    expect(database.hostname).toBe('postgres');
    expect(decodeURIComponent(database.password)).toBe('«POSTGRES_PASSWORD»');
    expect(interpolate(environment.HEARTH_GATEWAY_SECRET ?? '')).toBe('«HEARTH_GATEWAY_SECRET»');
    expect(service.depends_on?.postgres?.condition).toBe('service_healthy');
  });

  it('points the gateway at each subgraph by service name and port, and starts it after them', () => {
    const gateway = services.gateway;
    const environment = environmentOf(gateway);
    for (const name of SUBGRAPH_NAMES) {
      const url = environment[`${name.toUpperCase()}_URL`];
      expect(url, `gateway ${name.toUpperCase()}_URL`).toBe(`http://${name}:${SUBGRAPHS[name].port}/graphql`);
      expect(Object.keys(gateway.depends_on ?? {}), `gateway depends_on ${name}`).toContain(name);
      expect(['service_healthy', 'service_started']).toContain(gateway.depends_on[name].condition);
    }
    expect(composeHostPorts(gateway)).toContain(GATEWAY_PORT);
    expect(interpolate(environment.HEARTH_GATEWAY_SECRET ?? '')).toBe('«HEARTH_GATEWAY_SECRET»');
  });

  it.each(FRONTEND_NAMES)('serves the %s frontend on its port, told where the gateway and every remote are', (name) => {
    const service = services[`${name}-web`];
    expect(service, `compose service ${name}-web`).toBeDefined();
    expect(service.build?.dockerfile).toBe('infra/docker/Dockerfile.frontends');
    expect(service.build?.args?.FRONTEND).toBe(name);
    expect(service.ports).toContain(`${FRONTENDS[name].port}:${frontendContainerPort}`);
    expect(healthcheckCommand(service)).toMatch(new RegExp(`:${frontendContainerPort}/healthz\\b`));
    const environment = environmentOf(service);
    expect(interpolate(environment.HEARTH_GATEWAY_URL ?? '')).toBe(`http://localhost:${composeHostPorts(services.gateway)[0]}`);
    for (const remote of REMOTE_NAMES) {
      const published = composeHostPorts(services[`${remote}-web`])[0];
      expect(interpolate(environment[`HEARTH_REMOTE_${remote.toUpperCase()}_URL`] ?? ''), `${name}-web's URL of ${remote}`).toBe(
        `http://localhost:${published}`,
      );
    }
  });

  it('lists every variable it requires in .env.example, with no value filled in', () => {
    const required = new Set(requiredVariables(readFileSync(path.join(COMPOSE_DIR, 'compose.yaml'), 'utf8')));
    const example = readFileSync(path.join(COMPOSE_DIR, '.env.example'), 'utf8');
    const declared = Object.fromEntries(
      [...example.matchAll(/^([A-Z_][A-Z0-9_]*)=(.*)$/gm)].map((match) => [match[1]!, match[2]!.trim()]),
    );
    expect(required.size).toBeGreaterThan(0);
    for (const variable of required) {
      expect(declared, `.env.example declares ${variable}`).toHaveProperty(variable);
      expect(declared[variable], `.env.example leaves ${variable} empty`).toBe('');
    }
  });

  it('takes every secret from a variable, never a literal', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const [key, value] of Object.entries(environmentOf(service))) {
        if (!SECRET_NAME.test(key)) continue;
        const resolved = interpolate(value);
        const secretPart = key === 'DATABASE_URL' ? decodeURIComponent(new URL(resolved).password) : resolved;
        expect(secretPart, `${name}: ${key}`).toMatch(/^«[A-Z_0-9]+»$/);
      }
    }
  });
});

describe('kubernetes', () => {
  it('every manifest is valid YAML', () => {
    const files = filesUnder(K8S_DIR, isYaml);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(() => readYaml(file), path.relative(REPO, file)).not.toThrow();
  });

  it('base/kustomization.yaml lists every file in base, and only files that exist', () => {
    const listed: string[] = (baseKustomization.resources ?? []).map((resource: string) => path.normalize(resource));
    const present = filesUnder(BASE_DIR, isYaml)
      .map((file) => path.relative(BASE_DIR, file))
      .filter((file) => file !== 'kustomization.yaml');
    expect(
      present.filter((file) => !listed.includes(file)),
      'files in base/ that kustomization.yaml leaves out',
    ).toEqual([]);
    expect(
      listed.filter((file) => !present.includes(file)),
      'resources kustomization.yaml lists that base/ does not have',
    ).toEqual([]);
  });

  it('the production overlay refers only to files that exist, and every file in it is used', () => {
    const referenced = [
      ...(productionKustomization.resources ?? []),
      ...(productionKustomization.patches ?? []).map((patch: any) => patch.path).filter(Boolean),
    ];
    for (const reference of referenced) expect(existsSync(path.join(PRODUCTION_DIR, reference)), reference).toBe(true);
    for (const file of filesUnder(PRODUCTION_DIR, isYaml).map((file) => path.relative(PRODUCTION_DIR, file))) {
      if (file !== 'kustomization.yaml') expect(referenced, `overlays/production/${file} is not used`).toContain(file);
    }
    // Files kept out of git (public-urls.env) have a committed example to start from.
    for (const generator of productionKustomization.configMapGenerator ?? []) {
      for (const envFile of generator.envs ?? []) {
        expect(existsSync(path.join(PRODUCTION_DIR, envFile)) || existsSync(path.join(PRODUCTION_DIR, `${envFile}.example`)), envFile).toBe(true);
      }
    }
  });

  it('puts everything in the namespace hearth', () => {
    expect(baseKustomization.namespace).toBe('hearth');
    expect(find('Namespace', 'hearth'), 'Namespace hearth').toBeDefined();
  });

  it.each(NODE_SERVICES)('runs %s with a Service on port %i', (name, port) => {
    const deployment = find('Deployment', name);
    const service = find('Service', name);
    expect(deployment, `Deployment ${name}`).toBeDefined();
    expect(service, `Service ${name}`).toBeDefined();
    const main = container(deployment);
    expect(imageName(main.image)).toBe('hearth/node');
    expect(main.args).toEqual([name]);
    expect(effectiveEnvironment(main).PORT, `${name} PORT`).toBe(String(port));
    const servicePort = service.spec.ports.find((candidate: any) => candidate.port === port);
    expect(servicePort, `Service ${name} on port ${port}`).toBeDefined();
    expect(resolvePort(main, servicePort.targetPort ?? port)).toBe(port);
    expect(service.spec.selector).toEqual(deployment.spec.selector.matchLabels);
  });

  it.each(NODE_SERVICES)('probes %s for readiness and liveness on /healthz at port %i', (name, port) => {
    const main = container(find('Deployment', name));
    for (const probe of ['readinessProbe', 'livenessProbe']) {
      expect(main?.[probe]?.httpGet?.path, `${name} ${probe}`).toBe('/healthz');
      expect(resolvePort(main, main[probe].httpGet.port), `${name} ${probe} port`).toBe(port);
    }
  });

  it.each(SUBGRAPH_NAMES)('gives %s its database and the gateway secret from hearth-secrets', (name) => {
    const environment = effectiveEnvironment(container(find('Deployment', name)));
    for (const key of ['DATABASE_URL', 'HEARTH_GATEWAY_SECRET']) {
      expect(environment[key]?.secretKeyRef, `${name} ${key}`).toEqual({ name: 'hearth-secrets', key });
    }
  });

  it('points the gateway at each subgraph’s Service by cluster DNS name and port', () => {
    const environment = effectiveEnvironment(container(find('Deployment', 'gateway')));
    for (const name of SUBGRAPH_NAMES) {
      const url = environment[`${name.toUpperCase()}_URL`];
      expect(url, `gateway ${name.toUpperCase()}_URL`).toBe(`http://${name}:${SUBGRAPHS[name].port}/graphql`);
      const target = new URL(url);
      expect(find('Service', target.hostname)?.spec.ports.map((candidate: any) => candidate.port)).toContain(Number(target.port));
    }
  });

  it('has the gateway verify tokens with OIDC, never the demo sign-in', () => {
    const environment = effectiveEnvironment(container(find('Deployment', 'gateway')));
    expect(environment.OIDC_ISSUER?.secretKeyRef?.name).toBe('hearth-secrets');
    expect(environment.HEARTH_GATEWAY_SECRET?.secretKeyRef?.name).toBe('hearth-secrets');
    for (const file of filesUnder(K8S_DIR, isYaml)) {
      expect(readFileSync(file, 'utf8'), path.relative(REPO, file)).not.toMatch(/HEARTH_DEV_SIGN_IN_SECRET/);
    }
  });

  it.each(FRONTEND_NAMES)('serves the %s frontend behind a Service on its port', (name) => {
    const deployment = find('Deployment', `${name}-web`);
    const service = find('Service', `${name}-web`);
    expect(deployment, `Deployment ${name}-web`).toBeDefined();
    expect(service, `Service ${name}-web`).toBeDefined();
    const main = container(deployment);
    expect(imageName(main.image)).toBe(`hearth/frontend-${name}`);
    const servicePort = service.spec.ports.find((candidate: any) => candidate.port === FRONTENDS[name].port);
    expect(servicePort, `Service ${name}-web on port ${FRONTENDS[name].port}`).toBeDefined();
    expect(resolvePort(main, servicePort.targetPort)).toBe(frontendContainerPort);
    for (const probe of ['readinessProbe', 'livenessProbe']) {
      expect(main?.[probe]?.httpGet?.path, `${name}-web ${probe}`).toBe('/healthz');
      expect(resolvePort(main, main[probe].httpGet.port)).toBe(frontendContainerPort);
    }
    const environment = effectiveEnvironment(main);
    expect(environment.HEARTH_GATEWAY_URL).toMatch(/^https?:\/\//);
    for (const remote of REMOTE_NAMES) expect(environment[`HEARTH_REMOTE_${remote.toUpperCase()}_URL`], remote).toMatch(/^https?:\/\//);
  });

  it('locks every container down and gives it resources', () => {
    const deployments = baseResources.filter((resource) => resource.kind === 'Deployment');
    expect(deployments).toHaveLength(NODE_SERVICES.length + FRONTEND_NAMES.length);
    for (const deployment of deployments) {
      const name = deployment.metadata.name;
      const pod = deployment.spec.template.spec;
      const image = imageName(container(deployment).image);
      const expectedUser = (image === 'hearth/node' ? nodeImageUser : frontendImageUser)?.split(':')[0];
      expect(String(pod.securityContext?.runAsUser), `${name} runs as the image's user`).toBe(expectedUser);
      for (const main of pod.containers) {
        const security = { ...pod.securityContext, ...main.securityContext };
        expect(security.runAsNonRoot, `${name} runAsNonRoot`).toBe(true);
        expect(security.allowPrivilegeEscalation, `${name} allowPrivilegeEscalation`).toBe(false);
        expect(security.capabilities?.drop, `${name} drops capabilities`).toContain('ALL');
        expect(security.readOnlyRootFilesystem, `${name} readOnlyRootFilesystem`).toBe(true);
        expect(main.volumeMounts?.map((mount: any) => mount.mountPath), `${name} has a writable /tmp`).toContain('/tmp');
        for (const kind of ['requests', 'limits']) {
          expect(main.resources?.[kind]?.cpu, `${name} ${kind}.cpu`).toBeDefined();
          expect(main.resources?.[kind]?.memory, `${name} ${kind}.memory`).toBeDefined();
        }
      }
    }
  });

  it('the production overlay runs several replicas of every Deployment and pins every image', () => {
    const deployments = baseResources.filter((resource) => resource.kind === 'Deployment');
    const replicas = Object.fromEntries((productionKustomization.replicas ?? []).map((entry: any) => [entry.name, entry.count]));
    const images = Object.fromEntries((productionKustomization.images ?? []).map((entry: any) => [entry.name, entry]));
    for (const deployment of deployments) {
      expect(replicas[deployment.metadata.name], `replicas of ${deployment.metadata.name}`).toBeGreaterThanOrEqual(2);
      const image = imageName(container(deployment).image);
      expect(images[image]?.newTag ?? images[image]?.digest, `tag of ${image}`).toBeTruthy();
    }
    for (const name of Object.keys(replicas)) expect(find('Deployment', name), `replicas for unknown Deployment ${name}`).toBeDefined();
  });

  it('the production overlay’s disruption budgets each cover a Deployment', () => {
    const budgets = readYaml(path.join(PRODUCTION_DIR, 'pod-disruption-budgets.yaml'));
    const deployments = baseResources.filter((resource) => resource.kind === 'Deployment');
    expect(budgets.map((budget) => budget.metadata.name).sort()).toEqual(deployments.map((deployment) => deployment.metadata.name).sort());
    for (const budget of budgets) {
      const covered = deployments.filter((deployment) =>
        Object.entries(budget.spec.selector.matchLabels).every(([key, value]) => deployment.spec.template.metadata.labels[key] === value),
      );
      expect(covered, `PodDisruptionBudget ${budget.metadata.name}`).toHaveLength(1);
    }
  });

  it('the production overlay asks for a public URL for everything the frontends are told', () => {
    const example = readFileSync(path.join(PRODUCTION_DIR, 'public-urls.env.example'), 'utf8');
    const keys = [...example.matchAll(/^([A-Z_][A-Z0-9_]*)=/gm)].map((match) => match[1]).sort();
    expect(keys).toEqual(Object.keys(generatedConfigMaps['hearth-frontend-config'] ?? {}).sort());
  });

  it('the Apollo Router example reaches the same subgraph Services and listens where the gateway does', () => {
    const router = readYaml(path.join(K8S_DIR, 'router/router.yaml'))[0];
    for (const name of SUBGRAPH_NAMES) {
      expect(router.override_subgraph_url?.[name], `router URL of ${name}`).toBe(generatedConfigMaps['hearth-config']?.[`${name.toUpperCase()}_URL`]);
    }
    expect(router.supergraph?.listen).toMatch(new RegExp(`:${GATEWAY_PORT}$`));
  });
});

describe('no manifest holds a secret', () => {
  const manifests = [
    ...filesUnder(K8S_DIR, (file) => isYaml(file) || file.endsWith('.env.example')),
    path.join(COMPOSE_DIR, 'compose.yaml'),
    path.join(COMPOSE_DIR, '.env.example'),
  ];

  it('declares no Secret and generates none', () => {
    for (const file of filesUnder(K8S_DIR, isYaml)) {
      for (const doc of readYaml(file)) {
        expect(doc.kind, path.relative(REPO, file)).not.toBe('Secret');
        expect(doc.secretGenerator, path.relative(REPO, file)).toBeUndefined();
      }
    }
  });

  it('sets no secret-named variable to a value', () => {
    for (const deployment of baseResources.filter((resource) => resource.kind === 'Deployment')) {
      for (const entry of container(deployment).env ?? []) {
        if (SECRET_NAME.test(entry.name)) expect(entry.value, `${deployment.metadata.name}: ${entry.name}`).toBeUndefined();
      }
    }
    for (const [name, data] of Object.entries(generatedConfigMaps)) {
      for (const key of Object.keys(data)) expect(SECRET_NAME.test(key), `ConfigMap ${name} holds ${key}`).toBe(false);
    }
  });

  it('contains no password in a URL, no token and no key material', () => {
    for (const file of manifests) {
      const text = readFileSync(file, 'utf8');
      const where = path.relative(REPO, file);
      for (const match of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:([^\s@]+)@/gi)) {
        expect(match[1], `${where}: password in ${match[0]}`).toMatch(/^(\$\{|<)/);
      }
      expect(text, where).not.toMatch(/eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}/);
      expect(text, where).not.toMatch(/\b[0-9a-f]{32,}\b/i);
      expect(text, where).not.toMatch(/-----BEGIN [A-Z ]*PRIVATE KEY-----/);
    }
  });
});

import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import type { Config } from '../config.js';
import { depthLimit } from './depth-limit.js';

/**
 * The request limits checked before execution (DESIGN §7 "Limits"):
 * validation rules and Apollo plugins, wired into the server in one place.
 */
export function limitRules(config: Pick<Config, 'maxQueryDepth'> & Partial<Pick<Config, 'limits' | 'production'>>): {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<any>[];
} {
  return { validationRules: [depthLimit(config.maxQueryDepth)], plugins: [] };
}

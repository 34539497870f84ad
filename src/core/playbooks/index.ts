import type { Platform } from '../schema';
import { coconala } from './coconala';
import { crowdworks } from './crowdworks';
import { direct, other } from './direct';
import { fiverr } from './fiverr';
import { lancers } from './lancers';
import type { Playbook } from './types';
import { upwork } from './upwork';

export const PLAYBOOKS: Readonly<Record<Platform, Playbook>> = { crowdworks, lancers, coconala, upwork, fiverr, direct, other };

export * from './types';

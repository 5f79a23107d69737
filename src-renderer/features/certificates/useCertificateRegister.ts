import { useMemo } from 'react';
import { useLedger } from '../../app/LedgerContext';
import { createCertificateRepository, type CertificateRepository } from '../../data/certificates/repository';

/**
 * The certificate register of the open station database. Built here from the ledger's database and
 * write context until the Ledger session carries it like the other repositories.
 */
export function useCertificateRegister(): CertificateRepository {
  const ledger = useLedger();
  return useMemo(() => createCertificateRepository(ledger.db, ledger.ctx), [ledger]);
}
